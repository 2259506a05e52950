package kz.qoltanba.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The comparisons of {@link CmsBenchmark} and {@link XmlBenchmark} run as pairs at the same time: each JMH
 * group runs our operation on one thread and its baseline on another, over the same state (key, content,
 * document). On a shared machine whose load changes from one second to the next, running the two sides
 * one after the other makes their ratio mostly a measure of the load; run side by side, both see the same
 * load, so the ratio of the two threads' throughputs is the fair comparison. The absolute numbers are
 * lower than when each side has the machine alone.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PairedBenchmark {

    @Benchmark
    @Group("cmsSign")
    @GroupThreads(1)
    public byte[] cmsSignOurs(CmsBenchmark state) throws Exception {
        return state.cmsSign();
    }

    @Benchmark
    @Group("cmsSign")
    @GroupThreads(1)
    public byte[] cmsSignRaw(CmsBenchmark state) throws Exception {
        return state.rawSign();
    }

    @Benchmark
    @Group("cmsVerify")
    @GroupThreads(1)
    public boolean cmsVerifyOurs(CmsBenchmark state) throws Exception {
        return state.cmsVerify();
    }

    @Benchmark
    @Group("cmsVerify")
    @GroupThreads(1)
    public boolean cmsVerifyRaw(CmsBenchmark state) throws Exception {
        return state.rawVerify();
    }

    @Benchmark
    @Group("xmlSign")
    @GroupThreads(1)
    public byte[] xmlSignOurs(XmlBenchmark state) throws Exception {
        return state.ourSign();
    }

    @Benchmark
    @Group("xmlSign")
    @GroupThreads(1)
    public byte[] xmlSignSantuario(XmlBenchmark state) throws Exception {
        return state.santuarioSign();
    }

    @Benchmark
    @Group("xmlVerify")
    @GroupThreads(1)
    public boolean xmlVerifyOurs(XmlBenchmark state) throws Exception {
        return state.ourVerify();
    }

    @Benchmark
    @Group("xmlVerify")
    @GroupThreads(1)
    public boolean xmlVerifySantuario(XmlBenchmark state) throws Exception {
        return state.santuarioVerify();
    }
}
