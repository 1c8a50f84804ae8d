import Foundation

/// State guarded by one lock, with waiting on conditions over that state.
///
/// The pipeline's queues, credits and result board are monitors: threads
/// change the state inside ``withLock(_:)`` and block in
/// ``wait(until:_:)`` until another thread's change makes a predicate true.
/// Every change wakes all waiters, which re-check their predicate.
final class Monitor<State>: @unchecked Sendable {
    private let condition = NSCondition()
    private var state: State

    init(_ state: State) {
        self.state = state
    }

    /// Runs `body` on the state under the lock and wakes every waiter.
    @discardableResult
    func withLock<Result>(_ body: (inout State) throws -> Result) rethrows -> Result {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return try body(&state)
    }

    /// Blocks until `predicate` holds, then runs `body` under the same lock
    /// and wakes every waiter.
    @discardableResult
    func wait<Result>(until predicate: (State) -> Bool, _ body: (inout State) throws -> Result) rethrows -> Result {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        while !predicate(state) { condition.wait() }
        return try body(&state)
    }
}

/// A first-in first-out buffer without per-element shifting.
struct FIFO<Element> {
    private var storage: [Element?] = []
    private var head = 0

    var isEmpty: Bool { head == storage.count }
    var count: Int { storage.count - head }

    mutating func append(_ element: Element) { storage.append(element) }

    mutating func popFirst() -> Element? {
        guard head < storage.count else { return nil }
        let element = storage[head]
        storage[head] = nil
        head += 1
        if head > 1024, head * 2 > storage.count {
            storage.removeFirst(head)
            head = 0
        }
        return element
    }
}

/// A flag the CLI raises on SIGINT or SIGTERM; the reader stops at the next document.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    public init() {}

    public var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    public func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }
}
