package dev.integrations.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the in-container tests deploy: the packaged WAR itself, plus a resource that fails. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive packagedWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/integrations.war"))
                .addClass(ExplodingResource.class);
    }
}
