package io.parcelport.adapter.trackingmore;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * TrackingMore API v2 as a MicroProfile Rest Client interface: the 16 endpoints of the v2 listing plus the carrier
 * list and detection, with exact methods and paths.
 *
 * <p>Every method returns the raw {@link Response}: the default exception mapper is disabled, and the gateway reads
 * the status, {@code Retry-After} and a size-capped body itself, because TrackingMore reports most errors inside an
 * HTTP 200 body. Request bodies are JSON text written by the adapter, so what goes on the wire is exactly what
 * {@link Requests} built. Path parameters are percent-encoded by the client ({@code #}, {@code ?}, {@code %} and
 * non-ASCII included; {@code @Encoded} is not honoured by this Rest Client, so the adapter cannot encode more), the
 * adapter refuses {@code ;} (see {@link PathValues}), and the domain has already refused
 * {@code /}, {@code \}, {@code ..}, whitespace and control characters in them.
 *
 * <p>Public only because the Rest Client's proxy invokes these methods reflectively from another package; it is not
 * part of the adapter's API, and its methods take no domain types. Use {@link TrackingMoreBackend}.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface TrackingMoreApi extends AutoCloseable {

    /** 5.1 Create one tracking. */
    @POST
    @Path("trackings/post")
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(String body);

    // 5.2 One tracking (GET trackings/{carrier}/{number}[/{lang}]) is not declared here: the hottest call is sent
    // past this proxy by RestTransport.get, from ShipmentReads.find.

    /** 5.3 Change one tracking. */
    @PUT
    @Path("trackings/{carrier}/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response update(@PathParam("carrier") String carrier, @PathParam("number") String number, String body);

    /** 5.4 Delete one tracking. */
    @DELETE
    @Path("trackings/{carrier}/{number}")
    Response delete(@PathParam("carrier") String carrier, @PathParam("number") String number);

    /** 5.5 Create up to 40 trackings. */
    @POST
    @Path("trackings/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createBatch(String body);

    /** 5.6 List trackings; unset (null) parameters are left out of the query. */
    @GET
    @Path("trackings/get")
    Response list(@QueryParam("page") Integer page, @QueryParam("limit") Integer limit,
            @QueryParam("status") String status,
            @QueryParam("created_at_min") Long createdMin, @QueryParam("created_at_max") Long createdMax,
            @QueryParam("update_time_min") Long updatedMin, @QueryParam("update_time_max") Long updatedMax,
            @QueryParam("order_created_time_min") Long orderedMin,
            @QueryParam("order_created_time_max") Long orderedMax,
            @QueryParam("numbers") String numbers, @QueryParam("orders") String orders,
            @QueryParam("archived") String archived, @QueryParam("lang") String lang);

    /** 5.7 Change up to 40 trackings. */
    @POST
    @Path("trackings/updatemore")
    @Consumes(MediaType.APPLICATION_JSON)
    Response updateBatch(String body);

    /** 5.8 Delete up to 40 trackings. */
    @POST
    @Path("trackings/delete")
    @Consumes(MediaType.APPLICATION_JSON)
    Response deleteBatch(String body);

    /** 5.9 Track one number now (registers it too). */
    @POST
    @Path("trackings/realtime")
    @Consumes(MediaType.APPLICATION_JSON)
    Response realtime(String body);

    /** 5.10 Move a tracking to another carrier. */
    @POST
    @Path("trackings/update")
    @Consumes(MediaType.APPLICATION_JSON)
    Response changeCarrier(String body);

    /** 5.11 Account info. */
    @GET
    @Path("trackings/getuserinfo")
    Response userInfo();

    /** 5.12 Trackings per status. */
    @GET
    @Path("trackings/getstatusnumber")
    Response statusNumber(@QueryParam("created_at_min") Long createdMin, @QueryParam("created_at_max") Long createdMax,
            @QueryParam("order_created_time_min") Long orderedMin,
            @QueryParam("order_created_time_max") Long orderedMax);

    /** 5.13 Stop refreshing trackings. */
    @POST
    @Path("trackings/notupdate")
    @Consumes(MediaType.APPLICATION_JSON)
    Response notUpdate(String body);

    /** 5.14 Remote-area check. */
    @POST
    @Path("trackings/remote")
    @Consumes(MediaType.APPLICATION_JSON)
    Response remote(String body);

    /** 5.15 Transit-time statistics. */
    @POST
    @Path("trackings/costtime")
    @Consumes(MediaType.APPLICATION_JSON)
    Response costTime(String body);

    /** 5.16 Air cargo by air waybill. */
    @POST
    @Path("trackings/aircargo")
    @Consumes(MediaType.APPLICATION_JSON)
    Response airCargo(String body);

    /** 5.17 Every carrier, names in {@code lang}. */
    @GET
    @Path("carriers")
    Response carriers(@HeaderParam("Lang") String lang);

    /** 5.18 Carriers matching a number. */
    @POST
    @Path("carriers/detect")
    @Consumes(MediaType.APPLICATION_JSON)
    Response detect(String body);

    /** Closes the underlying client and its connections. */
    @Override
    void close();
}
