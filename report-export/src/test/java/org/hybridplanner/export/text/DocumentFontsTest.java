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
}
