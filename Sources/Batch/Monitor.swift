import Foundation

/// State guarded by one lock, with waiting on conditions over that state.
///
/// The pipeline's queue, credits and result board are monitors: threads
/// change the state inside ``withLock(waking:_:)`` and block in
/// ``wait(until:waking:_:)`` until another thread's change makes their
/// predicate true.
///
/// A change wakes only the waiters it says (``Waking``): each monitor of the
/// pipeline has one kind of waiter (workers on the queue, the writer on the
/// board, the reader on the credits), and a wake-up that finds its
/// predicate still false costs two context switches on a core that a
/// worker needed.
final class Monitor<State>: @unchecked Sendable {
    /// Whom a change wakes.
    enum Waking {
        /// Nobody: no waiter's predicate can have turned true.
        case nobody
        /// One waiter: the change serves one (an item to take, a result to write).
        case one
        /// Every waiter (closing, aborting).
        case everyone
    }

    private let condition = NSCondition()
    private var state: State

    init(_ state: State) {
        self.state = state
    }

    /// Runs `body` on the state under the lock, then wakes whom `waking`
    /// says, judged on the state `body` left.
    @discardableResult
    func withLock<Result>(waking: (State) -> Waking, _ body: (inout State) throws -> Result) rethrows -> Result {
        condition.lock()
        defer {
            wake(waking(state))
            condition.unlock()
        }
        return try body(&state)
    }

    /// Runs `body` on the state under the lock, then wakes whom `waking` says.
    @discardableResult
    func withLock<Result>(waking: Waking, _ body: (inout State) throws -> Result) rethrows -> Result {
        try withLock(waking: { _ in waking }, body)
    }

    /// Blocks until `predicate` holds, then runs `body` under the same lock
    /// and wakes whom `waking` says, judged on the state `body` left.
    @discardableResult
    func wait<Result>(until predicate: (State) -> Bool, waking: (State) -> Waking = { _ in .nobody },
                      _ body: (inout State) throws -> Result) rethrows -> Result {
        condition.lock()
        defer {
            wake(waking(state))
            condition.unlock()
        }
        while !predicate(state) { condition.wait() }
        return try body(&state)
    }

    /// Reads the state under the lock, waking nobody.
    func read<Result>(_ body: (State) -> Result) -> Result {
        condition.lock()
        defer { condition.unlock() }
        return body(state)
    }

    private func wake(_ waking: Waking) {
        switch waking {
        case .nobody: break
        case .one: condition.signal()
        case .everyone: condition.broadcast()
        }
    }
}

/// A first-in first-out buffer without per-element shifting.
struct FIFO<Element> {
    private var storage: [Element?] = []
    private var head = 0

    var isEmpty: Bool { head == storage.count }
    var count: Int { storage.count - head }

    mutating func append(_ element: Element) { storage.append(element) }

    /// Puts `element` first in line.
    mutating func prepend(_ element: Element) {
        if head > 0 {
            head -= 1
            storage[head] = element
        } else {
            storage.insert(element, at: 0)
        }
    }

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
