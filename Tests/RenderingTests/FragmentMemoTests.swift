@testable import Rendering
import Synchronization
import Testing

/// Rows of data files kept across builds by the keys of their entries' inputs.
@Suite struct FragmentMemoTests {
    func written(_ memo: FragmentMemo) -> [UInt8] {
        var bytes: [UInt8] = []
        memo.encode { bytes += $0; return true }
        return bytes
    }

    @Test func aRowIsMadeOnceAndReadBackUnderItsKey() {
        let first = FragmentMemo(context: "test", reading: { [] })
        #expect(Array(first.fragment("a") { Array("eilutė A".utf8) }) == Array("eilutė A".utf8))
        _ = first.fragment("b") { Array("eilutė B".utf8) }
        #expect(first.rowsMade == 2)
        let second = FragmentMemo(decoding: written(first), context: "test")
        let row = second.fragment("a") { Issue.record("a kept row is not made again"); return [] }
        #expect(Array(row) == Array("eilutė A".utf8))
        #expect(second.rowsMade == 0)
        #expect(second.freshness.unused == 1, "b was neither used nor kept")
        #expect(second.freshness.isWorthWriting)
    }

    @Test func rowsOfAKeptFileStayForTheNextBuild() {
        let first = FragmentMemo(context: "test", reading: { [] })
        for key in ["a", "b", "c"] { _ = first.fragment(key) { Array(key.utf8) } }
        let second = FragmentMemo(decoding: written(first), context: "test")
        _ = second.fragment("a") { [] }
        second.keep("b")
        second.keep("c")
        second.keep("missing")
        #expect(second.freshness.isSameAsLast)
        let third = FragmentMemo(decoding: written(second), context: "test")
        #expect(Array(third.fragment("c") { [] }) == Array("c".utf8))
    }

    /// A build that keeps every data file needs no row: the memo is not read, nor written.
    @Test func rowsAreReadOnlyWhenAFileNeedsOne() {
        let first = FragmentMemo(context: "test", reading: { [] })
        for key in ["a", "b"] { _ = first.fragment(key) { Array(key.utf8) } }
        let bytes = written(first)
        let unread = FragmentMemo(context: "test", reading: { Issue.record("no row was needed"); return bytes })
        unread.keep("a")
        unread.keep("b")
        #expect(!unread.isRead && !unread.freshness.isWorthWriting)
        let reads = Mutex(0)
        let needed = FragmentMemo(context: "test", reading: { reads.withLock { $0 += 1 }; return bytes })
        needed.keep("a")
        #expect(!needed.isRead, "keeping a row reads nothing")
        _ = needed.fragment("c") { Array("c".utf8) }
        _ = needed.fragment("b") { Issue.record("b is in the memo"); return [] }
        #expect(needed.isRead && reads.withLock { $0 } == 1, "read once")
        let next = FragmentMemo(decoding: written(needed), context: "test")
        for key in ["a", "b", "c"] {
            #expect(Array(next.fragment(key) { Issue.record("\(key) was kept or made"); return [] }) == Array(key.utf8))
        }
    }

    @Test func anotherContextOrDamageReadsNothing() {
        let first = FragmentMemo(context: "test", reading: { [] })
        _ = first.fragment("a") { [1, 2, 3] }
        var bytes = written(first)
        #expect(FragmentMemo(decoding: bytes, context: "other").freshness.unused == 0, "another engine's rows are not read")
        bytes[bytes.count / 2] ^= 0x01
        let damaged = FragmentMemo(decoding: bytes, context: "test")
        _ = damaged.fragment("a") { [9] }
        #expect(damaged.rowsMade == 1)
    }

    @Test func calendarEventsRoundTrip() {
        let events = [
            CalendarRenderer.WrittenEvent(sortSeconds: -86_400, uid: "a@x", zonedYears: [2026, 2027], lines: Array("BEGIN:VEVENT\r\n".utf8)),
            CalendarRenderer.WrittenEvent(sortSeconds: 1_795_000_000, uid: "b@x", zonedYears: [], lines: []),
        ]
        let decoded = CalendarRenderer.decode(CalendarRenderer.encode(events)[...])
        #expect(decoded?.map(\.sortSeconds) == events.map(\.sortSeconds))
        #expect(decoded?.map(\.uid) == events.map(\.uid))
        #expect(decoded?.map(\.zonedYears) == events.map(\.zonedYears))
        #expect(decoded?.map(\.lines) == events.map(\.lines))
        #expect(CalendarRenderer.decode(CalendarRenderer.encode(events).dropLast()[...]) == nil, "a cut row is not read")
        #expect(CalendarRenderer.decode([0xFF, 0xFF, 0xFF, 0xFF, 0x0F][...]) == nil, "a count past the bytes left is refused, not allocated")
    }
}
