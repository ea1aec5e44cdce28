package dev.integrations.testing;

import dev.integrations.TestJson;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the Arquillian tests deploy: the packaged WAR itself, plus the test helpers and a resource
 * that fails.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive packagedWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/integrations.war"))
                .addPackage(ExplodingResource.class.getPackage())
                .addClass(TestJson.class);
    }
}
