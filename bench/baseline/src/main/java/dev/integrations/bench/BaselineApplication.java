package dev.integrations.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The baseline's JAX-RS application, on the same path as the service's: {@code /api}. */
@ApplicationPath("api")
public class BaselineApplication extends Application {}
