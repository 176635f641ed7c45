package io.parcelport.application.archfixtures;

import jakarta.json.bind.annotation.JsonbTransient;

/** Deliberately broken (test fixture, never production): an application service carrying a Jakarta annotation. */
public final class JsonbAnnotatedService {

    @JsonbTransient
    public String cachedAnswer;
}
