package io.forgeline.deploy.sbom;

import io.forgeline.deploy.sbom.LicencePolicy.Licence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LicencePolicyTest {

    @Test
    void permissive_and_weak_copyleft_libraries_may_ship() {
        for (String id : List.of("Apache-2.0", "MIT", "BSD-3-Clause", "EPL-2.0", "MPL-2.0", "CDDL-1.1", "LGPL-2.1-only", "UPL-1.0")) {
            assertThat(LicencePolicy.refusal(List.of(Licence.id(id)))).as(id).isEmpty();
        }
    }

    @Test
    void a_gpl_only_library_is_refused_and_the_refusal_names_its_licence() {
        assertThat(LicencePolicy.refusal(List.of(Licence.id("GPL-2.0-only")))).hasValueSatisfying(why -> assertThat(why).contains("GPL-2.0-only"));
        assertThat(LicencePolicy.refusal(List.of(Licence.id("GPL-3.0-or-later")))).isPresent();
        assertThat(LicencePolicy.refusal(List.of(Licence.id("AGPL-3.0-only")))).isPresent();
        assertThat(LicencePolicy.refusal(List.of(Licence.named("GNU General Public License, version 3", null)))).isPresent();
        assertThat(LicencePolicy.refusal(List.of(Licence.named("GNU Affero General Public License", null)))).isPresent();
    }

    @Test
    void gpl_with_the_classpath_exception_may_ship_alone_or_as_the_jdk_style_dual_licence() {
        assertThat(LicencePolicy.refusal(List.of(Licence.expression("GPL-2.0-only WITH Classpath-exception-2.0")))).isEmpty();
        assertThat(LicencePolicy.refusal(List.of(Licence.expression("(EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0)")))).isEmpty();
        assertThat(LicencePolicy.refusal(List.of(Licence.id("GPL-2.0-with-classpath-exception")))).isEmpty();
        assertThat(LicencePolicy.refusal(List.of(Licence.named("GPL2 w/ CPE", "https://www.gnu.org/software/classpath/license.html")))).isEmpty();
        assertThat(LicencePolicy.refusal(List.of(Licence.named("CDDL + GPLv2 with classpath exception", null)))).isEmpty();
    }

    @Test
    void a_choice_of_licences_needs_one_allowed_and_a_conjunction_needs_all() {
        assertThat(LicencePolicy.refusal(List.of(Licence.id("GPL-2.0-only"), Licence.id("MIT")))).isEmpty();
        assertThat(LicencePolicy.refusal(List.of(Licence.expression("GPL-3.0-only OR Apache-2.0")))).isEmpty();
        assertThat(LicencePolicy.refusal(List.of(Licence.expression("MIT AND GPL-3.0-only")))).isPresent();
        assertThat(LicencePolicy.refusal(List.of(Licence.expression("MIT AND (BSD-3-Clause OR GPL-3.0-only)")))).isEmpty();
    }

    @Test
    void a_library_without_a_licence_or_with_one_nobody_reviewed_is_refused() {
        assertThat(LicencePolicy.refusal(List.of())).hasValue("no licence named");
        assertThat(LicencePolicy.refusal(List.of(Licence.named("The JSON License", "http://json.org/license.html")))).isPresent();
        assertThat(LicencePolicy.refusal(List.of(Licence.id("SSPL-1.0")))).isPresent();
    }

    @Test
    void licence_names_from_poms_are_read_as_their_spdx_ids() {
        assertThat(LicencePolicy.fromName(Licence.named("The Apache Software License, Version 2.0", null))).hasValue("Apache-2.0");
        assertThat(LicencePolicy.fromName(Licence.named("Eclipse Public License v2.0", null))).hasValue("EPL-2.0");
        assertThat(LicencePolicy.fromName(Licence.named("Eclipse Public License - v 1.0", null))).hasValue("EPL-1.0");
        assertThat(LicencePolicy.fromName(Licence.named("Eclipse Distribution License - v 1.0", null))).hasValue("BSD-3-Clause");
        assertThat(LicencePolicy.fromName(Licence.named("GNU Lesser General Public License", null))).hasValue("LGPL-2.1-only");
        assertThat(LicencePolicy.fromName(Licence.named("Bouncy Castle Licence", null))).hasValue("MIT");
        assertThat(LicencePolicy.fromName(Licence.named("Public Domain, per Creative Commons CC0", null))).hasValue("LicenseRef-Public-Domain");
    }
}
