package kz.qoltanba.portal.demo;

import java.util.List;
import java.util.Optional;

/** The demo's actors, by code. */
public record DemoActors(List<DemoActor> all) {
    public DemoActors {
        all = List.copyOf(all);
    }

    public Optional<DemoActor> find(String code) {
        return all.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The actor {@code code}; fails naming it when the demo has none. */
    public DemoActor get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("the demo has no actor '" + code + "'"));
    }
}
