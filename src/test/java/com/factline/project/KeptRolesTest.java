package com.factline.project;

import com.factline.base.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeptRolesTest {

    final ManualClock clock = new ManualClock();
    final KeptRoles kept = new KeptRoles(clock, Duration.ofSeconds(60), 3);

    @Test
    void shouldRememberARoleForItsProjectAndUserOnly() {
        kept.keep(1, 10, ProjectRole.EDITOR, kept.generation());
        assertThat(kept.find(1, 10)).isEqualTo(ProjectRole.EDITOR);
        assertThat(kept.find(1, 11)).isNull();
        assertThat(kept.find(2, 10)).isNull();
    }

    @Test
    void shouldForgetARoleAfterItsTimeToLive() {
        kept.keep(1, 10, ProjectRole.VIEWER, kept.generation());
        clock.now = clock.now.plusSeconds(59);
        assertThat(kept.find(1, 10)).isEqualTo(ProjectRole.VIEWER);
        clock.now = clock.now.plusSeconds(1);
        assertThat(kept.find(1, 10)).isNull();
        assertThat(kept.size()).isZero();
    }

    @Test
    void shouldForgetEverythingWhenAMembershipChanges() {
        kept.keep(1, 10, ProjectRole.OWNER, kept.generation());
        kept.keep(2, 11, ProjectRole.EDITOR, kept.generation());
        kept.forgetAll();
        assertThat(kept.find(1, 10)).isNull();
        assertThat(kept.find(2, 11)).isNull();
    }

    @Test
    void shouldNotKeepARoleReadBeforeAMembershipChangedWhileTheLookupRan() {
        long before = kept.generation();
        kept.forgetAll(); // a member removed while the row was being read
        kept.keep(1, 10, ProjectRole.EDITOR, before);
        assertThat(kept.find(1, 10)).isNull();
    }

    @Test
    void shouldStayWithinItsSizeBound() {
        for (int user = 0; user < 10; user++) {
            kept.keep(1, user, ProjectRole.EDITOR, kept.generation());
            assertThat(kept.size()).isLessThanOrEqualTo(3);
        }
        assertThat(kept.find(1, 9)).isEqualTo(ProjectRole.EDITOR);
    }
}
