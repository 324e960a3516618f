/**
 * Benchmarks of the core: the workloads W1–W3 ({@link dev.boundary.bench.Workloads}, plain Java, the
 * same code the JMH suite runs on the JVM) and the TeaVM entry point of the benchmark page
 * ({@link dev.boundary.bench.BenchEntry}), which exports them to {@code bench.html} from the
 * WebAssembly GC build ({@code bench-java.wasm}) and the JavaScript build ({@code bench-java.js}).
 * Nothing here is used by the playground itself.
 */
package dev.boundary.bench;
