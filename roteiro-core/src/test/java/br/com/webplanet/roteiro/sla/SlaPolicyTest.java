package br.com.webplanet.roteiro.sla;

import static br.com.webplanet.roteiro.sla.BusinessCalendarTest.CAL;
import static br.com.webplanet.roteiro.sla.BusinessCalendarTest.sp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {
    final SlaPolicy policy = SlaPolicy.defaults();
    final Instant monday9 = sp("2027-03-01T09:00");

    @Test
    void deadlineWithoutPausesIsPlainBusinessTime() {
        assertThat(policy.deadline(CAL, monday9, Duration.ofHours(8), List.of()))
                .isEqualTo(Instant.parse("2027-03-01T20:00:00Z"));
    }

    @Test
    void clockStopsWhileWaitingOnTheCustomer() {
        // 1 h before the pause, 7 h left from Tue 14:00: 4 h on Tuesday, 3 h on Wednesday → Wed 11:00
        Pause waiting = new Pause(sp("2027-03-01T10:00"), sp("2027-03-02T14:00"));
        assertThat(policy.deadline(CAL, monday9, Duration.ofHours(8), List.of(waiting)))
                .isEqualTo(Instant.parse("2027-03-03T14:00:00Z"));
    }

    @Test
    void pausesAfterTheDeadlineAndBeforeTheStartDoNotCount() {
        Pause later = new Pause(sp("2027-03-05T10:00"), sp("2027-03-08T10:00"));
        Pause earlier = new Pause(sp("2027-02-20T10:00"), sp("2027-02-25T10:00"));
        assertThat(policy.deadline(CAL, monday9, Duration.ofHours(8), List.of(later, earlier)))
                .isEqualTo(Instant.parse("2027-03-01T20:00:00Z"));
    }

    @Test
    void overlappingPausesAreMerged() {
        List<Pause> pauses = List.of(new Pause(sp("2027-03-01T12:00"), sp("2027-03-02T10:00")),
                new Pause(sp("2027-03-01T10:00"), sp("2027-03-01T14:00")));
        // 1 h, paused Mon 10:00 → Tue 10:00, 7 h from Tue 10:00 → Tue 17:00
        assertThat(policy.deadline(CAL, monday9, Duration.ofHours(8), pauses))
                .isEqualTo(Instant.parse("2027-03-02T20:00:00Z"));
    }

    @Test
    void openPauseHasNoDeadlineUnlessProjectedToNow() {
        List<Pause> open = List.of(Pause.openSince(sp("2027-03-01T10:00")));
        assertThatThrownBy(() -> policy.deadline(CAL, monday9, Duration.ofHours(8), open))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open pause");
        Instant now = sp("2027-03-02T12:00");
        assertThat(policy.deadline(CAL, monday9, Duration.ofHours(8), open, now))
                .isEqualTo(Instant.parse("2027-03-03T12:00:00Z"));
        assertThat(policy.timeToBreach(CAL, monday9, Duration.ofHours(8), open, now)).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void timeToBreachIsNegativeOnceBreached() {
        assertThat(policy.timeToBreach(CAL, monday9, Duration.ofHours(2), List.of(), sp("2027-03-01T12:00")))
                .isEqualTo(Duration.ofHours(-1));
        assertThat(policy.timeToBreach(CAL, monday9, Duration.ofHours(2), List.of(), sp("2027-03-01T08:00")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void deadlineAcrossCarnavalWithPolicyTargets() {
        SlaTargets high = policy.targets(Priority.HIGH);
        assertThat(high.firstResponse()).isEqualTo(Duration.ofHours(2));
        assertThat(policy.deadline(CAL, sp("2027-02-05T17:00"), high.firstResponse(), List.of()))
                .isEqualTo(Instant.parse("2027-02-10T16:00:00Z"));
    }

    @Test
    void targetsCanBeOverridden() {
        SlaTargets fast = new SlaTargets(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(2));
        SlaPolicy custom = SlaPolicy.of(Map.of(Priority.MAJOR, fast));
        assertThat(custom.targets(Priority.MAJOR)).isEqualTo(fast);
        assertThat(custom.targets(Priority.LOW)).isEqualTo(policy.targets(Priority.LOW));
        assertThatThrownBy(() -> new SlaTargets(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1)))
                .hasMessageContaining("firstResponse must be a positive duration");
    }

    @Test
    void priorityMatrixFollowsGlpiAndCanBeOverridden() {
        PriorityMatrix m = PriorityMatrix.defaultMatrix();
        assertThat(m.priority(Urgency.VERY_LOW, Impact.VERY_LOW)).isEqualTo(Priority.VERY_LOW);
        assertThat(m.priority(Urgency.MEDIUM, Impact.MEDIUM)).isEqualTo(Priority.MEDIUM);
        assertThat(m.priority(Urgency.HIGH, Impact.MEDIUM)).isEqualTo(Priority.HIGH);
        assertThat(m.priority(Urgency.VERY_HIGH, Impact.VERY_HIGH)).isEqualTo(Priority.VERY_HIGH);
        assertThat(m.priority(Urgency.VERY_HIGH, Impact.VERY_LOW)).isEqualTo(Priority.LOW);
        PriorityMatrix custom = PriorityMatrix.of(Map.of(Urgency.VERY_HIGH, Map.of(Impact.VERY_HIGH, Priority.MAJOR)));
        assertThat(custom.priority(Urgency.VERY_HIGH, Impact.VERY_HIGH)).isEqualTo(Priority.MAJOR);
        assertThat(custom.priority(Urgency.HIGH, Impact.MEDIUM)).isEqualTo(Priority.HIGH);
        assertThat(custom.asMap()).hasSize(5);
    }
}
