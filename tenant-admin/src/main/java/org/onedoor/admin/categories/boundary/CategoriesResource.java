package org.onedoor.admin.categories.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.admin.categories.control.Dictionary;
import org.onedoor.admin.categories.entity.Category;
import org.onedoor.admin.categories.entity.DictionaryEntry;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.security.entity.WorksInCenter;
import org.onedoor.platform.tenancy.control.TenantScope;

/** A center's dispute category dictionary: {@code /t/{code}/categories}. */
@Path("t/{code}/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class CategoriesResource {

    @Inject
    TenantScope tenantScope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Dictionary dictionary;

    /** A new category of the center's own. A class: Payara's OpenAPI fails on record validation. */
    public static class NewCategory {
        @NotBlank
        @Size(max = Category.CODE_LENGTH)
        private String code;

        @NotBlank
        @Size(max = Category.NAME_LENGTH)
        private String name;

        @Size(max = Category.NAME_LENGTH)
        private String nameEn;

        private String parentCode;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getParentCode() {
            return parentCode;
        }

        public void setParentCode(String parentCode) {
            this.parentCode = parentCode;
        }
    }

    /** Every category the center knows, with its origin and whether the center uses it. */
    @WorksInCenter
    @GET
    public List<DictionaryEntry> dictionary(@PathParam("code") String code) {
        tenantScope.enter(code);
        return dictionary.of(code);
    }

    @AdministersCenter
    @POST
    @APIResponse(
            responseCode = "201",
            description = "added to the center's dictionary",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = DictionaryEntry.class)))
    public Response add(@PathParam("code") String code, @Valid @NotNull NewCategory category) {
        tenantScope.enter(code, AdministersCenter.class);
        dictionary.add(
                code,
                category.getCode().strip(),
                category.getName(),
                category.getNameEn(),
                category.getParentCode() == null || category.getParentCode().isBlank()
                        ? null
                        : category.getParentCode());
        return Response.status(Response.Status.CREATED)
                .entity(dictionary.find(code, category.getCode().strip()).orElseThrow())
                .build();
    }

    /** Renames a category the center added itself. */
    @AdministersCenter
    @PUT
    @Path("{category}")
    public DictionaryEntry rename(
            @PathParam("code") String code, @PathParam("category") String category, @Valid @NotNull NewCategory names) {
        tenantScope.enter(code, AdministersCenter.class);
        dictionary.rename(category, names.getName(), names.getNameEn());
        return dictionary.find(code, category).orElseThrow();
    }

    /** The center stops using the category (and its subcategories); centers beneath are not affected. */
    @AdministersCenter
    @POST
    @Path("{category}/deactivate")
    public DictionaryEntry deactivate(@PathParam("code") String code, @PathParam("category") String category) {
        tenantScope.enter(code, AdministersCenter.class);
        dictionary.deactivate(code, category, currentCaller.actor());
        return dictionary.find(code, category).orElseThrow();
    }

    @AdministersCenter
    @POST
    @Path("{category}/activate")
    public DictionaryEntry activate(@PathParam("code") String code, @PathParam("category") String category) {
        tenantScope.enter(code, AdministersCenter.class);
        dictionary.activate(code, category);
        return dictionary.find(code, category).orElseThrow();
    }
}
