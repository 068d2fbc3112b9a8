package org.hybridplanner.export.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFontsTest {
    private static String family(int face) {
        return DocumentFonts.faces().get(face).family();
    }

    @Test
    void everyScriptOfTheIssueHasAFace() {
        for (String name : List.of("東京 データセンター", "مركز بيانات الرياض", "מרכז נתונים", "서울 데이터 센터",
                "ศูนย์ข้อมูลกรุงเทพ", "मुंबई डेटा सेंटर", "上海数据仓库", "龍", "Ελληνικά", "Київ")) {
            assertThat(name.codePoints()).as(name).allMatch(DocumentFonts::canDisplay);
        }
        assertThat(DocumentFonts.canDisplay(0x1F680)).as("emoji").isFalse();
    }

    @Test
    void runsSwitchFaceByScriptAndKeepMarksAndSpacesWithTheirLetters() {
        List<DocumentFonts.Run> runs = DocumentFonts.runs("DC 東京 データ ศูนย์");
        assertThat(runs).extracting(DocumentFonts.Run::text).containsExactly("DC ", "東京 ", "データ ", "ศูนย์");
        assertThat(runs).extracting(run -> family(run.face())).containsExactly("DejaVu Sans",
                "WenQuanYi Micro Hei", "WenQuanYi Micro Hei", "Noto Sans Thai");
        assertThat(DocumentFonts.runs("")).isEmpty();
        assertThat(DocumentFonts.firstFaceOnly("Frankfurt → مركز")).isTrue();
        assertThat(DocumentFonts.firstFaceOnly("東京")).isFalse();
    }

    @Test
    void aFaceReadsItsFilesOnlyWhenItsFontsAreFirstAskedFor() {
        DocumentFonts.Face face = new DocumentFonts.Face("Noto Sans Thai", "NotoSansThai-Regular.ttf",
                "NotoSansThai-Bold.ttf");
        assertThat(face.isLoaded()).isFalse();
        assertThat(face.syntheticBold(true)).isFalse();
        assertThat(face.isLoaded()).as("names and files need no reading").isFalse();

        assertThat(face.canDisplay('ก')).isTrue();

        assertThat(face.isLoaded()).isTrue();
        assertThat(face.bold().getFontName()).isEqualTo("Noto Sans Thai Bold");
        assertThat(face.bold().isBold()).isTrue();
    }

    @Test
    void latinTextIsServedByTheFirstFaceAndOnlyAFaceAlreadyReadIsFoundByItsFontName() {
        assertThat(DocumentFonts.faceOf('A')).isZero();
        assertThat(DocumentFonts.loadedFaces()).contains(DocumentFonts.faces().get(0));
        assertThat(DocumentFonts.byFontName("DejaVu Sans Bold")).contains(DocumentFonts.faces().get(0));
        for (DocumentFonts.Face face : DocumentFonts.faces()) {
            assertThat(DocumentFonts.byFontName(face.regular().getFontName())).as(face.regularResource())
                    .isPresent();
        }
        assertThat(DocumentFonts.byFontName("Noto Sans CJK JP")).isEmpty();
    }
}
