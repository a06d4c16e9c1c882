package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.textura.io.Values;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Columns of a romaneio spreadsheet, one item per row; the romaneio's own fields repeat on each
 * of its rows. Headers are compared without accents, case or punctuation.
 */
enum RomaneioColumn {
    ISSUER("Emitente", "CNPJ emitente", "Issuer"),
    NUMBER("Romaneio", "Número", "Nº romaneio", "Número romaneio", "Number"),
    SERIES("Série", "Series"),
    DATE("Data", "Data de emissão", "Data emissão", "Emissão", "Date"),
    CUSTOMER("Cliente", "CNPJ cliente", "CPF/CNPJ", "Documento cliente", "Customer"),
    CUSTOMER_NAME("Nome cliente", "Razão social", "Destinatário", "Customer name"),
    CARRIER("Transportadora", "Carrier"),
    GROSS_WEIGHT("Peso bruto", "Peso bruto total", "Gross weight"),
    NET_WEIGHT("Peso líquido", "Peso líquido total", "Net weight"),
    CODE("Código", "Código produto", "Cód", "Produto código", "SKU", "Code"),
    DESCRIPTION("Descrição", "Produto", "Description"),
    QUANTITY("Quantidade", "Qtd", "Qtde", "Quantity"),
    UNIT("Unidade", "Un", "Und", "Unit"),
    WEIGHT("Peso", "Peso item", "Peso do item", "Weight");

    private static final Map<String, RomaneioColumn> BY_ALIAS = index();
    private final List<String> aliases;

    RomaneioColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The header this column usually has. */
    String header() {
        return aliases.get(0);
    }

    private static Map<String, RomaneioColumn> index() {
        Map<String, RomaneioColumn> out = new HashMap<>();
        for (RomaneioColumn column : values()) {
            column.aliases.forEach(a -> out.putIfAbsent(Values.normalize(a), column));
        }
        return Map.copyOf(out);
    }

    /** The column a header names, or null. */
    static RomaneioColumn of(String header) {
        return BY_ALIAS.get(Values.normalize(header));
    }
}
