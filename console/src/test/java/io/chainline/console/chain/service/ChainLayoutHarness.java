package io.chainline.console.chain.service;

import java.util.stream.IntStream;

/**
 * Prints how long laying out and rendering a chain takes at 5, 30 and 100 VNFs (docs/performance.md):
 * {@code scripts/benchmark-chain-layout.sh}. A harness that prints figures, not a test.
 */
public final class ChainLayoutHarness {

    private ChainLayoutHarness() {}

    public static void main(String[] args) {
        ChainPicture picture = new ChainPicture();
        for (int size : new int[] {5, 30, 100}) {
            var chain = DemoChains.line(
                    "chain" + size,
                    IntStream.rangeClosed(1, size).mapToObj(i -> "vnf" + i).toList());
            for (int i = 0; i < 20; i++) {
                picture.draw(chain); // warm-up: class loading and JIT
            }
            int runs = size == 100 ? 30 : 100;
            long[] nanos = new long[runs];
            int bytes = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                bytes = picture.draw(chain).svg().length();
                nanos[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(nanos);
            System.out.printf(
                    "%3d VNFs: median %.2f ms, p95 %.2f ms, max %.2f ms over %d runs; SVG %d KB%n",
                    size,
                    nanos[runs / 2] / 1e6,
                    nanos[(int) (runs * 0.95)] / 1e6,
                    nanos[runs - 1] / 1e6,
                    runs,
                    bytes / 1024);
        }
    }
}
