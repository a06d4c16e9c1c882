package br.com.webplanet.roteiro.examples.plugin;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Map;

/**
 * {@code exemplo.saudacao}: greets the team with the run date and whether it is a business day
 * (by roteiro-core's Brazilian business calendar: weekends and national holidays, Carnaval and
 * Corpus Christi included, are not), and notes the first greeting of the day in the journal —
 * once, however many times the routine runs that day.
 */
public final class SaudacaoStep implements ChecklistStep {
    /** This step's id. */
    public static final String ID = "exemplo.saudacao";
    /** Detail key: whether the run date is a business day ({@link Boolean}). */
    public static final String BUSINESS_DAY = "businessDay";

    private static final StepDescriptor DESCRIPTOR = StepDescriptor.of(ID,
            Localized.of("Saudação do dia", "Greeting of the day"),
            URI.create("https://wiki.webplanet.com.br/suporte/roteiro/saudacao"));

    private final BusinessCalendar calendar = BusinessCalendar.brazil(ZoneId.of("America/Sao_Paulo"),
            LocalTime.of(8, 0), LocalTime.of(18, 0), Map.of());

    @Inject
    public SaudacaoStep() {}

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext context) {
        LocalDate day = context.runDate();
        String holiday = calendar.holidayName(day).orElse(null);
        boolean businessDay = calendar.isBusinessDay(day);
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, context.locale());
        String date = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String kind = businessDay ? Localized.of("dia útil", "a business day").in(context.locale())
                : holiday != null ? Localized.of("feriado (" + holiday + ")", "a holiday (" + holiday + ")")
                        .in(context.locale())
                : Localized.of("fim de semana", "a weekend day").in(context.locale());

        StepResult.Builder result = StepResult.builder()
                .status(StepStatus.DONE)
                .summary(Localized.of("Bom dia, equipe! Hoje é " + weekday + ", " + date + ": " + kind + ".",
                        "Good morning, team! Today is " + weekday + ", " + date + ": " + kind + ".")
                        .in(context.locale()))
                .detail(BUSINESS_DAY, businessDay)
                .count("diaUtil", businessDay ? 1 : 0);

        String key = "exemplo:saudacao:" + day;
        if (context.dryRun()) {
            result.action(ActionRecord.planned("exemplo.saudacao", date, "registraria a primeira saudação do dia", key));
        } else {
            Instant first = context.journal().once(key, Instant.class, () -> context.clock().instant());
            result.action(ActionRecord.done("exemplo.saudacao", date, "primeira saudação do dia em " + first, key));
        }
        return result.build();
    }
}
