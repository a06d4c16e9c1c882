package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.io.BoundedInput;
import br.com.webplanet.roteiro.textura.io.CsvFormatException;
import br.com.webplanet.roteiro.textura.io.DocumentLimitException;
import br.com.webplanet.roteiro.textura.io.ReadLimits;
import br.com.webplanet.roteiro.textura.io.Values;
import br.com.webplanet.roteiro.textura.io.Xml;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An NF-e (Brazilian electronic invoice, {@code nfeProc} or bare {@code NFe}) read as a romaneio
 * with StAX: number, series, issue date, issuer, recipient, carrier, items and gross/net weight.
 * NF-e items carry no weight of their own; the weights come from {@code transp/vol}.
 */
public final class NfeRomaneioParser implements RomaneioParser {
    public static final String NAMESPACE = "http://www.portalfiscal.inf.br/nfe";
    /** SEFAZ status codes of an NF-e in force: 100 authorised, 150 authorised late. */
    private static final java.util.Set<String> AUTHORIZED = java.util.Set.of("100", "150");

    @Inject
    public NfeRomaneioParser() {
        // no state
    }

    @Override
    public String name() {
        return "nfe";
    }

    @Override
    public boolean accepts(String fileName, String contentType, byte[] firstBytes) {
        boolean xml = fileName.toLowerCase(Locale.ROOT).endsWith(".xml") || contentType.toLowerCase(Locale.ROOT).contains("xml");
        return xml && new String(firstBytes, StandardCharsets.ISO_8859_1).contains("portalfiscal.inf.br/nfe");
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Stream<ParsedRomaneio> parse(InputStream in, ParseContext context) throws IOException {
        ReadLimits limits = context.limits();
        try (InputStream bounded = BoundedInput.file(in, limits, context.fileName())) {
            XMLStreamReader xml = Xml.reader(bounded);
            long elements = 0;
            List<Invoice> invoices = new ArrayList<>();
            Invoice invoice = null;
            Invoice last = null;
            Deque<String> path = new ArrayDeque<>();
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT && ++elements > limits.maxRows() * 64) {
                    throw new DocumentLimitException("max-rows", limits.maxRows(), xml.getLocation().getLineNumber(),
                            "line " + xml.getLocation().getLineNumber() + " (more than 64 XML elements per row allowed)");
                }
                if (event == XMLStreamReader.START_ELEMENT && path.size() > 32) {
                    throw new CsvFormatException(xml.getLocation().getLineNumber(), "XML nested deeper than an NF-e");
                }
                if (event == XMLStreamReader.START_ELEMENT && NAMESPACE.equals(xml.getNamespaceURI())) {
                    if (invoice == null && last != null && "cStat".equals(xml.getLocalName())) {
                        last.status = Xml.text(xml, limits.maxCellChars()).strip();        // protNFe/infProt: the SEFAZ verdict
                    } else if (invoice == null && last != null && "xMotivo".equals(xml.getLocalName())) {
                        last.statusReason = Xml.text(xml, limits.maxCellChars()).strip();
                    } else if ("infNFe".equals(xml.getLocalName())) {
                        invoice = new Invoice(xml.getLocation().getLineNumber());
                        path.clear();
                    } else if (invoice != null) {
                        path.addLast(xml.getLocalName());
                    }
                    text.setLength(0);
                } else if (event == XMLStreamReader.CHARACTERS && invoice != null) {
                    text.append(xml.getText());
                    if (text.length() > limits.maxCellChars()) {
                        throw new DocumentLimitException("max-cell-chars", limits.maxCellChars(),
                                xml.getLocation().getLineNumber(), "line " + xml.getLocation().getLineNumber());
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && invoice != null && NAMESPACE.equals(xml.getNamespaceURI())) {
                    if ("infNFe".equals(xml.getLocalName())) {
                        invoice.lastLine = xml.getLocation().getLineNumber();
                        invoices.add(invoice);
                        last = invoice;
                        invoice = null;
                    } else {
                        invoice.put(String.join("/", path), text.toString().strip());
                        path.pollLast();
                        text.setLength(0);
                    }
                }
            }
            List<ParsedRomaneio> out = new ArrayList<>();
            invoices.forEach(i -> out.add(i.build(context)));
            if (out.isEmpty()) {
                out.add(ParsedRomaneio.invalid(context.source(), "", context.fileName(),
                        List.of(Messages.localized("romaneios.nfe.empty"))));
            }
            return out.stream();
        } catch (XMLStreamException e) {
            throw new IOException("NF-e " + context.fileName() + " is not well-formed XML: " + e.getMessage(), e);
        } catch (RuntimeException e) {   // the JDK's StAX parser throws unchecked exceptions on some broken input
            throw new IOException("NF-e " + context.fileName() + " cannot be read: " + e, e);
        }
    }

    /** The fields of one {@code infNFe} as they are read. */
    private static final class Invoice {
        final long firstLine;
        long lastLine;
        String status;
        String statusReason;
        final Map<String, String> fields = new HashMap<>();
        final List<Map<String, String>> items = new ArrayList<>();
        final List<Localized> problems = new ArrayList<>();
        Map<String, String> item = new HashMap<>();
        BigDecimal gross;
        BigDecimal net;

        Invoice(long firstLine) {
            this.firstLine = firstLine;
        }

        void put(String path, String value) {
            switch (path) {
                case "det/prod/cProd", "det/prod/xProd", "det/prod/qCom", "det/prod/uCom" ->
                        item.put(path.substring("det/prod/".length()), value);
                case "det" -> {
                    items.add(item);
                    item = new HashMap<>();
                }
                case "transp/vol/pesoB" -> gross = add(gross, value, path);
                case "transp/vol/pesoL" -> net = add(net, value, path);
                default -> fields.putIfAbsent(path, value);
            }
        }

        private BigDecimal add(BigDecimal total, String value, String path) {
            try {
                BigDecimal v = Values.plainDecimal(value);
                return total == null ? v : total.add(v);
            } catch (NumberFormatException e) {
                problems.add(Messages.localized("romaneios.nfe.badValue", path, value));
                return total;
            }
        }

        ParsedRomaneio build(ParseContext context) {
            String lines = firstLine + "-" + lastLine;
            if (status != null && !AUTHORIZED.contains(status)) {
                problems.add(Messages.localized("romaneios.nfe.notAuthorized", status, Objects.toString(statusReason, "")));
            }
            String number = Values.number(fields.get("ide/nNF"));
            String issuer = Values.document(first("emit/CNPJ", "emit/CPF"));
            String customer = Values.document(first("dest/CNPJ", "dest/CPF", "dest/idEstrangeiro"));
            String date = first("ide/dhEmi", "ide/dEmi");
            require(number, "ide/nNF");
            require(issuer, "emit/CNPJ");
            require(customer, "dest/CNPJ");
            require(date, "ide/dhEmi");
            LocalDate issueDate = null;
            try {
                issueDate = date == null ? null : Values.date(date).orElse(null);
            } catch (RuntimeException e) {
                problems.add(Messages.localized("romaneios.nfe.badValue", "ide/dhEmi", date));
            }
            List<RomaneioItem> lines2 = new ArrayList<>();
            for (Map<String, String> i : items) {
                String code = Values.blankToNull(i.get("cProd"));
                require(code, "det/prod/cProd");
                BigDecimal quantity = null;
                try {
                    quantity = Values.plainDecimal(i.getOrDefault("qCom", ""));
                } catch (NumberFormatException e) {
                    problems.add(Messages.localized("romaneios.nfe.badValue", "det/prod/qCom", i.get("qCom")));
                }
                if (code != null && quantity != null) {
                    lines2.add(new RomaneioItem(code, i.get("xProd"), quantity, i.get("uCom"), null));
                }
            }
            if (!problems.isEmpty()) {
                return ParsedRomaneio.invalid(context.source(), lines, number, problems);
            }
            Romaneio romaneio = new Romaneio(new RomaneioKey(issuer, number, Values.number(fields.get("ide/serie"))), issueDate,
                    customer, fields.get("dest/xNome"), fields.get("transp/transporta/xNome"), lines2, gross, net,
                    context.source());
            return ParsedRomaneio.valid(romaneio, context.source(), lines);
        }

        private String first(String... paths) {
            for (String p : paths) {
                String v = Values.blankToNull(fields.get(p));
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        private void require(String value, String path) {
            if (value == null) {
                problems.add(Messages.localized("romaneios.nfe.required", path));
            }
        }
    }
}
