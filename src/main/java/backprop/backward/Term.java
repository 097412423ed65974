package backprop.backward;

import java.util.List;

/** A product of factors; {@code via} names the path it comes from when a sum has several ("via z⁽³⁾"). */
public record Term(List<Factor> factors, String via) {

    public Term {
        factors = List.copyOf(factors);
    }

    public static Term of(Factor... factors) {
        return new Term(List.of(factors), null);
    }

    public double value() {
        double p = 1;
        for (Factor f : factors) p *= f.value();
        return p;
    }
}
