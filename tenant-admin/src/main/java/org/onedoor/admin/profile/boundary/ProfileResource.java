package org.onedoor.admin.profile.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.onedoor.admin.profile.entity.CenterProfile;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.security.entity.WorksInCenter;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.Center;

/** A center's profile, read by its staff and changed by its administrators: {@code /t/{code}/profile}. */
@Path("t/{code}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ProfileResource {

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    @Inject
    TenantScope tenantScope;

    @Inject
    CurrentCaller currentCaller;

    public record Profile(
            String code,
            String name,
            String address,
            String phone,
            String openingHours,
            String introduction,
            OffsetDateTime updatedAt,
            String updatedBy,
            Long version) {

        static Profile of(Center center, CenterProfile profile) {
            return profile == null
                    ? new Profile(center.code().value(), center.name(), null, null, null, null, null, null, null)
                    : new Profile(
                            center.code().value(),
                            center.name(),
                            profile.address(),
                            profile.phone(),
                            profile.openingHours(),
                            profile.introduction(),
                            profile.updatedAt(),
                            profile.updatedBy(),
                            profile.version());
        }
    }

    /**
     * A change of the profile. A class rather than a record: Payara's OpenAPI generator fails on
     * Bean Validation annotations of record components.
     */
    public static class Change {
        @Size(max = CenterProfile.ADDRESS_LENGTH)
        private String address;

        @Size(max = CenterProfile.PHONE_LENGTH)
        private String phone;

        @Size(max = CenterProfile.OPENING_HOURS_LENGTH)
        private String openingHours;

        @Size(max = CenterProfile.INTRODUCTION_LENGTH)
        private String introduction;

        /** The version the change was based on; when given and no longer current, the change is refused. */
        private Long version;

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getOpeningHours() {
            return openingHours;
        }

        public void setOpeningHours(String openingHours) {
            this.openingHours = openingHours;
        }

        public String getIntroduction() {
            return introduction;
        }

        public void setIntroduction(String introduction) {
            this.introduction = introduction;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @WorksInCenter
    @GET
    public Profile get(@PathParam("code") String code) {
        Center center = tenantScope.enter(code);
        return Profile.of(center, em.find(CenterProfile.class, (short) 1));
    }

    /**
     * Changes the profile. When the request names the {@code version} it was based on and the profile
     * changed since, the answer is 409 and nothing changes.
     */
    @AdministersCenter
    @PUT
    public Profile describe(@PathParam("code") String code, @Valid @NotNull Change change) {
        Center center = tenantScope.enter(code, AdministersCenter.class);
        String actor = currentCaller.require().username();
        CenterProfile profile = em.find(CenterProfile.class, (short) 1);
        long current = profile == null ? 0 : profile.version();
        if (change.getVersion() != null && change.getVersion() != current) {
            throw new ConflictException("profile.changed", center.code().value());
        }
        if (profile == null) {
            profile = CenterProfile.blank(actor);
            em.persist(profile);
        }
        profile.describe(
                change.getAddress(), change.getPhone(), change.getOpeningHours(), change.getIntroduction(), actor);
        return Profile.of(center, profile);
    }
}
