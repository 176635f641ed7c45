package io.parcelport.rest;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.rest.client.RestClientDefinitionException;
import org.jboss.resteasy.microprofile.client.header.HeaderFiller;
import org.jboss.resteasy.microprofile.client.header.HeaderFillerFactory;

/**
 * The {@code HeaderFillerFactory} RESTEasy's MicroProfile client needs before it builds any client: constant
 * {@code @ClientHeaderParam} values are sent as written, the computed form ({@code "{method}"}) is refused as a
 * client definition error.
 *
 * <p>RESTEasy ships its factory in {@code microprofile-rest-client}, a jar that splits the package
 * {@code org.jboss.resteasy.microprofile.client.header} with {@code microprofile-rest-client-base}, so the two
 * cannot both be on the module path. Parcelport leaves that jar out (it sets its headers with {@link ApiKeyFilter},
 * never with {@code @ClientHeaderParam}) and registers this one instead. Its priority is the lowest RESTEasy takes: an
 * application that puts RESTEasy's own factory on its class path gets that one, computed headers included.
 */
public final class ConstantHeaderFillerFactory implements HeaderFillerFactory {

    /** The factory, as {@link java.util.ServiceLoader} creates it. */
    public ConstantHeaderFillerFactory() {
    }

    /** The lowest priority RESTEasy still takes: it keeps only a factory above {@code Integer.MIN_VALUE}. */
    @Override
    public int getPriority() {
        return Integer.MIN_VALUE + 1;
    }

    @Override
    public HeaderFiller createFiller(String value, String headerName, boolean required, Class<?> interfaceClass,
            Object clientProxy) {
        Objects.requireNonNull(value, "value");
        if (isComputed(value)) {
            throw new RestClientDefinitionException("@ClientHeaderParam(name = \"" + headerName + "\", value = \""
                    + value + "\") on " + (interfaceClass == null ? "a client interface" : interfaceClass.getName())
                    + " computes its value by a method, which Parcelport's rest-support does not call; send the"
                    + " header from a ClientRequestFilter, or put RESTEasy's microprofile-rest-client on the"
                    + " class path");
        }
        List<String> values = List.of(value);
        return () -> values;
    }

    // The MicroProfile Rest Client form of a computed value: the whole value is a method name in braces.
    private static boolean isComputed(String value) {
        String stripped = value.strip();
        return stripped.startsWith("{") && stripped.endsWith("}");
    }
}
