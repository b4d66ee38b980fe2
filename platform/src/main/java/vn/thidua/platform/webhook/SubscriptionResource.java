package vn.thidua.platform.webhook;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.openapi.ContractFilter;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Webhook subscriptions of an office (role {@code district}, which counts only at an office or above): the
 * office's own, never another unit's.
 */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DISTRICT)
@IfBuildProperty(name = "thidua.webhooks.enabled", stringValue = "true")
@Tag(name = "subscriptions", description = "Đăng ký nhận sự kiện qua webhook của phòng/sở (an office's webhook "
        + "subscriptions: CloudEvents over HTTP, signed as Standard Webhooks)")
@SecurityRequirement(name = ContractFilter.SCHEME)
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final Caller caller;

    public SubscriptionResource(Subscriptions subscriptions, Caller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Đăng ký URL nhận sự kiện của các đơn vị thuộc phòng "
            + "(subscribe a URL to the events of the office's units; the secret is shown only in this answer)")
    @APIResponse(responseCode = "201", description = "Created, with its secret", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.Created.class)))
    @APIResponse(responseCode = "400", description = "url or eventTypes missing")
    @APIResponse(responseCode = "422", description = "url outside the allowlist, or an event type not delivered")
    public RestResponse<Subscription.Created> create(Subscription.Request request) {
        Subscription.Created created = subscriptions.create(caller.unitCode(), caller.actor(), request);
        return RestResponse.ResponseBuilder.<Subscription.Created>created(URI.create("/api/v1/subscriptions/" + created.subscription().id()))
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "Các đăng ký của đơn vị (the caller's unit's subscriptions)")
    @APIResponse(responseCode = "200", description = "One page of subscriptions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Subscription.View.class)))
    public RestResponse<List<Subscription.View>> list(@QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        return Paged.answer(subscriptions.list(caller.unitCode()), paging, Subscription.View.class, sort);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSubscription", summary = "Một đăng ký (one subscription; never its secret)")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.View.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's unit")
    public Subscription.View get(@PathParam("id") UUID id) {
        return subscriptions.get(caller.unitCode(), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSubscription", summary = "Hủy đăng ký (delete it, with its waiting deliveries "
            + "and their log)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's unit")
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(caller.unitCode(), id, caller.actor());
    }

    @POST
    @Path("{id}/secret")
    @Operation(operationId = "rotateSubscriptionSecret", summary = "Đổi khóa ký (rotate the signing secret: the new "
            + "one is shown only in this answer; the old one still signs beside it for thidua.webhooks.secret-overlap)")
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.Rotated.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's unit")
    public Subscription.Rotated rotateSecret(@PathParam("id") UUID id) {
        return subscriptions.rotateSecret(caller.unitCode(), id, caller.actor());
    }

    @POST
    @Path("{id}/enable")
    @Operation(operationId = "enableSubscription", summary = "Bật lại sau khi bị tắt vì lỗi liên tiếp (enable it "
            + "again after a run of failures; waiting deliveries are retried now)")
    @APIResponse(responseCode = "200", description = "The subscription, enabled", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.View.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's unit")
    public Subscription.View enable(@PathParam("id") UUID id) {
        return subscriptions.enable(caller.unitCode(), id, caller.actor());
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listSubscriptionDeliveries", summary = "Nhật ký gửi, mỗi lần thử một dòng, mới nhất "
            + "trước (the delivery log, one row per attempt, newest first)")
    @APIResponse(responseCode = "200", description = "One page of attempts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Subscription.Attempt.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's unit")
    public RestResponse<List<Subscription.Attempt>> deliveries(@PathParam("id") UUID id,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        return Paged.answer(subscriptions.attempts(caller.unitCode(), id, paging, sort), a -> a);
    }
}
