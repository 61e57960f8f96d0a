package io.chainline.connector.kubernetes;

import io.fabric8.kubernetes.api.model.Quantity;

/** Resource quantities the way people write them: 500m CPU, 256Mi memory. */
final class Quantities {

    private Quantities() {}

    static Quantity cpu(long milli) {
        return milli % 1000 == 0 ? new Quantity(String.valueOf(milli / 1000)) : new Quantity(milli + "m");
    }

    static Quantity memory(long bytes) {
        if (bytes > 0 && bytes % (1L << 30) == 0) {
            return new Quantity(bytes / (1L << 30) + "Gi");
        }
        if (bytes > 0 && bytes % (1L << 20) == 0) {
            return new Quantity(bytes / (1L << 20) + "Mi");
        }
        return new Quantity(String.valueOf(bytes));
    }

    static long milliCpu(Quantity quantity) {
        return quantity == null
                ? 0
                : Quantity.getAmountInBytes(quantity)
                        .multiply(java.math.BigDecimal.valueOf(1000))
                        .longValue();
    }

    static long bytes(Quantity quantity) {
        return quantity == null ? 0 : Quantity.getAmountInBytes(quantity).longValue();
    }
}
