package io.chainline.tosca.sol001;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalarsTest {

    @Test
    void readsDecimalAndBinaryUnitsCaseInsensitively() {
        assertThat(Scalars.bytes("512 MB")).hasValue(512_000_000L);
        assertThat(Scalars.bytes("1 GiB")).hasValue(1L << 30);
        assertThat(Scalars.bytes("2.5 gb")).hasValue(2_500_000_000L);
        assertThat(Scalars.bytes("0 B")).hasValue(0);
        assertThat(Scalars.bytes("3KiB")).hasValue(3072);
    }

    @Test
    void refusesWhatIsNotASize() {
        assertThat(Scalars.bytes("lots")).isEmpty();
        assertThat(Scalars.bytes("12 parsecs")).isEmpty();
        assertThat(Scalars.bytes("99999999999999 TiB")).isEmpty();
    }

    @Test
    void writesTheShortestExactForm() {
        assertThat(Scalars.size(512L << 20)).isEqualTo("512 MiB");
        assertThat(Scalars.size(2_000_000_000L)).isEqualTo("2 GB");
        assertThat(Scalars.size(1500)).isEqualTo("1500 B");
        assertThat(Scalars.size(0)).isEqualTo("0 B");
        for (long bytes : new long[] {1, 1000, 1024, 123_456_789, 5L << 40, 7_000_000_000_000L}) {
            assertThat(Scalars.bytes(Scalars.size(bytes))).hasValue(bytes);
        }
    }
}
