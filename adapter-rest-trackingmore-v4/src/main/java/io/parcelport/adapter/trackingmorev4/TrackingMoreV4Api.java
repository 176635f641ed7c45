package io.parcelport.adapter.trackingmorev4;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * TrackingMore API v4 as a MicroProfile Rest Client interface: the nine calls of the SDKs (v4 reference §2), with
 * exact methods and paths.
 *
 * <p>Every method returns the raw {@link Response}: v4 answers errors with a real HTTP status and a JSON body, and the
 * gateway reads the status, {@code Retry-After} and a size-capped body itself. The list call's query string is
 * written by the adapter, every value percent-encoded, and put on the request by {@link QueryFilter} (the header
 * below never leaves the client): the Rest Client's own query encoding leaves a {@code +} raw, which v4's servers
 * would read as a space in an ISO time's offset.
 *
 * <p>Public only because the Rest Client's proxy invokes these methods reflectively from another package; it is not
 * part of the adapter's API. Use {@link TrackingMoreV4Backend}.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface TrackingMoreV4Api extends AutoCloseable {

    /** 2.1 Create one tracking and get its result. */
    @POST
    @Path("trackings/create")
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(String body);

    /** 2.2 Create up to 40 trackings. */
    @POST
    @Path("trackings/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createBatch(String body);

    /** 2.3 List trackings; {@code query} is the encoded query string, moved onto the URI by {@link QueryFilter}. */
    @GET
    @Path("trackings/get")
    Response list(@HeaderParam(QueryFilter.HEADER) String query);

    /** 2.4 Change one tracking by id. */
    @PUT
    @Path("trackings/update/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response update(@PathParam("id") String id, String body);

    /** 2.5 Delete one tracking by id. */
    @DELETE
    @Path("trackings/delete/{id}")
    Response delete(@PathParam("id") String id);

    /** 2.6 Retrack an expired tracking by id. */
    @POST
    @Path("trackings/retrack/{id}")
    Response retrack(@PathParam("id") String id);

    /** 2.7 Every courier. */
    @GET
    @Path("couriers/all")
    Response couriers();

    /** 2.8 Couriers matching a number. */
    @POST
    @Path("couriers/detect")
    @Consumes(MediaType.APPLICATION_JSON)
    Response detect(String body);

    /** 2.9 One air waybill. */
    @POST
    @Path("awb")
    @Consumes(MediaType.APPLICATION_JSON)
    Response airWaybill(String body);

    /** Closes the underlying client and its connections. */
    @Override
    void close();
}
