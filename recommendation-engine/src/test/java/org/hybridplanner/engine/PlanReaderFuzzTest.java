package org.hybridplanner.engine;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the plan reader with Jazzer. A normal build replays the checked-in corpus
 * ({@code src/test/resources/org/hybridplanner/engine/PlanReaderFuzzTestInputs/}) once per file; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates it, coverage-guided, for the given duration (see docs/fuzzing.md).
 */
class PlanReaderFuzzTest {
    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "plan-format.dict")
    void readsAnyBytesIntoAPlanOrProblemsWithPaths(byte[] input) {
        PlanReadProperty.check(input);
    }
}
