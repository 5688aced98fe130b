package org.onedoor.platform.tenancy.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class CenterAccessFilterTest {

    @Path("t/{code}/cases")
    static class Cases {
        public void list() {}

        @Path("{id}/accept")
        public void accept() {}
    }

    @Path("")
    static class Centers {
        @Path("centers")
        public void mine() {}

        @Path("/t/{code}")
        public void one() {}
    }

    @Path("tenants")
    static class Tenants {
        @Path("{code}/t/{code}")
        public void odd() {}
    }

    @Path("/t/{codex}")
    static class NotACenter {
        public void any() {}
    }

    @Test
    void aPathBeneathACenterIsCheckedWhereverItsPartsAreDeclared() throws Exception {
        assertThat(CenterAccessFilter.isCenterScoped(Cases.class, Cases.class.getMethod("list")))
                .isTrue();
        assertThat(CenterAccessFilter.isCenterScoped(Cases.class, Cases.class.getMethod("accept")))
                .isTrue();
        assertThat(CenterAccessFilter.isCenterScoped(Centers.class, Centers.class.getMethod("one")))
                .isTrue();
    }

    @Test
    void otherPathsAreLeftToTheirResources() throws Exception {
        assertThat(CenterAccessFilter.isCenterScoped(Centers.class, Centers.class.getMethod("mine")))
                .isFalse();
        assertThat(CenterAccessFilter.isCenterScoped(Tenants.class, Tenants.class.getMethod("odd")))
                .isFalse();
        assertThat(CenterAccessFilter.isCenterScoped(NotACenter.class, NotACenter.class.getMethod("any")))
                .isFalse();
    }
}
