package org.rollcall.job;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * report.html opens offline in a real headless browser (Debian's chromium; CI installs it) and
 * shows the headline figures; a screenshot is kept in target/report-screenshot.png to look at.
 * reconciliation.xlsx converts in LibreOffice where it is installed.
 */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:html;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;

    @Autowired
    JobRunner runner;

    SampleWorkspace sample;

    @BeforeAll
    void run() throws Exception {
        sample = SampleWorkspace.create(dir);
        assertThat(runner.run(sample.job()).code()).isEqualTo(ExitCode.COMPLETED);
    }

    private String chromium(String... args) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install chromium)");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("chromium-profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void renderedPageShowsTheHeadlineFiguresAndNoExternalResource() throws Exception {
        Path html = sample.latest().resolve("report.html");
        String source = Files.readString(html);
        assertThat(source).doesNotContain("http://", "https://", "<link");
        String dom = chromium("--dump-dom", html.toUri().toString());
        Map<String, Long> figures = Reports.figures(sample.latest());
        for (String key : List.of("announced", "listed", "listed-on-ngo-list", "ngo-people", "ngo-not-listed")) {
            assertThat(dom).contains("data-figure=\"" + key + "\"><div class=\"v\">" + figures.get(key) + "</div>");
        }
        assertThat(dom).contains("<svg").contains("Por qué las personas de la ONG no están amnistiadas");
    }

    /**
     * The page as a laptop shows it (1280×720): the answer and the why-chart in view without
     * scrolling. Layout is measured by the browser itself: a copy of the page reports where the
     * headline and the chart end.
     */
    @Test
    void headlineAndWhyChartAreInViewOnALaptopScreen() throws Exception {
        String page = Files.readString(sample.latest().resolve("report.html"));
        Path probe = dir.resolve("probe.html");
        Files.writeString(probe, page.replace("</body>", "<script>var h=document.getElementById('headline').getBoundingClientRect();"
                + "var c=document.getElementById('why').nextElementSibling.getBoundingClientRect();document.body.setAttribute('data-geometry',"
                + "[Math.round(h.bottom),Math.round(c.bottom),window.innerHeight,window.innerWidth].join(','));</script></body>"));
        String dom = chromium("--window-size=1280,720", "--dump-dom", probe.toUri().toString());
        Matcher m = Pattern.compile("data-geometry=\"(\\d+),(\\d+),(\\d+),(\\d+)\"").matcher(dom);
        assertThat(m.find()).as("the page measured itself").isTrue();
        int viewport = Integer.parseInt(m.group(3));
        assertThat(Integer.parseInt(m.group(1))).as("headline's bottom within the first screen of " + viewport + " px").isLessThanOrEqualTo(viewport);
        assertThat(Integer.parseInt(m.group(2))).as("why-chart's bottom within the first screen of " + viewport + " px").isLessThanOrEqualTo(viewport);
        // issue 14's answer under issue 10's rules: amnestied = listed or granted by a court
        assertThat(dom).contains("De 612 personas que cuenta la ONG, 363 (59 %) están amnistiadas: 297 en la lista anunciada y 66 solo por un tribunal; 249 no lo están.");
    }

    @Test
    void screenshotsAreKeptAtLaptopSizeAndFullPage() throws Exception {
        for (String[] shot : new String[][] {{"report-1280x720.png", "1280,720"}, {"report-full-page.png", "1280,2600"}}) {
            Path png = Path.of("target", shot[0]).toAbsolutePath();
            Files.deleteIfExists(png);
            chromium("--window-size=" + shot[1], "--hide-scrollbars", "--screenshot=" + png, sample.latest().resolve("report.html").toUri().toString());
            assertThat(png).exists();
            assertThat(Files.size(png)).isGreaterThan(20_000);
        }
    }

    @Test
    void workbookOpensInLibreOffice() throws Exception {
        Path soffice = Path.of("/usr/bin/libreoffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)");
        Path out = dir.resolve("lo");
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to", "pdf", "--outdir", out.toString(), sample.latest().resolve("reconciliation.xlsx").toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(out.resolve("reconciliation.pdf")).exists();
        assertThat(Files.size(out.resolve("reconciliation.pdf"))).isGreaterThan(10_000);
    }

    @Test
    void screenshotIsTaken() throws Exception {
        Path png = Path.of("target/report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("--window-size=1280,1600", "--screenshot=" + png, sample.latest().resolve("report.html").toUri().toString());
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }
}
