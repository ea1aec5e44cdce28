package dev.integrations.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Deployed by tests only: fails the way a bug would, to show how a 500 is answered. */
@Path("exploding")
public class ExplodingResource {

    @GET
    public String explode() {
        throw new IllegalStateException("a failure that carries internal detail");
    }
}
