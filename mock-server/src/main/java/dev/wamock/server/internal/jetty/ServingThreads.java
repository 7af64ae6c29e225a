package dev.wamock.server.internal.jetty;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The threads answering one server's requests now, which its close may interrupt (a delay or a stall past the
 * drain), and the promise that such an interrupt never outlives the request it was meant for: pool threads and
 * selector threads go on to answer other servers' requests. An interrupt and a thread's leaving are taken under one
 * lock, so an interrupt reaches a thread only between its {@link #enter()} and its {@link #leave()}, which clears
 * it; taken apart (a thread leaving between the close's reading of the set and its interrupt), the flag would reach
 * the thread's next request.
 */
final class ServingThreads {
    private final Set<Thread> serving = new HashSet<>();

    /** The calling thread starts answering a request: {@link #interruptAll()} reaches it until {@link #leave()}. */
    void enter() {
        synchronized (serving) {
            serving.add(Thread.currentThread());
        }
    }

    /** The calling thread is done with the request: no interrupt of this server's is left on it, nor can come later. */
    void leave() {
        synchronized (serving) {
            serving.remove(Thread.currentThread());
        }
        Thread.interrupted();
    }

    /** Interrupts every thread that has entered and not left. */
    void interruptAll() {
        interruptAll(Thread::interrupt);
    }

    /** {@link #interruptAll()} with how each thread is interrupted (a test takes its time over it). */
    void interruptAll(Consumer<Thread> interrupt) {
        synchronized (serving) {
            serving.forEach(interrupt);
        }
    }
}
