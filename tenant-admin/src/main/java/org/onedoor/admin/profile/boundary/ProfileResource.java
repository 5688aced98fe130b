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
import org.onedoor.platform.security.entity.Roles;
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
            @Size(max = CenterProfile.ADDRESS_LENGTH) String address,
            @Size(max = CenterProfile.PHONE_LENGTH) String phone,
            @Size(max = CenterProfile.OPENING_HOURS_LENGTH) String openingHours,
            @Size(max = CenterProfile.INTRODUCTION_LENGTH) String introduction,
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

    @GET
    public Profile get(@PathParam("code") String code) {
        Center center = tenantScope.enter(code);
        return Profile.of(center, em.find(CenterProfile.class, (short) 1));
    }

    /**
     * Changes the profile. When the request names the {@code version} it was based on and the profile
     * changed since, the answer is 409 and nothing changes.
     */
    @PUT
    public Profile describe(@PathParam("code") String code, @Valid @NotNull Profile change) {
        Center center = tenantScope.enter(code, Roles.TENANT_ADMIN);
        String actor = currentCaller.require().username();
        CenterProfile profile = em.find(CenterProfile.class, (short) 1);
        long current = profile == null ? 0 : profile.version();
        if (change.version() != null && change.version() != current) {
            throw new ConflictException("profile.changed", center.code().value());
        }
        if (profile == null) {
            profile = CenterProfile.blank(actor);
            em.persist(profile);
        }
        profile.describe(change.address(), change.phone(), change.openingHours(), change.introduction(), actor);
        return Profile.of(center, profile);
    }
}
