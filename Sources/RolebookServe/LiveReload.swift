/// The script that reloads an open page after a rebuild, and where the server puts it.
///
/// It is added to HTML responses by the server only, never to the built files, so the folder
/// `serve` builds into holds exactly what `build` would write. The page listens to the server's
/// event stream (server-sent events: one direction is all a reload needs, and `EventSource`
/// reconnects by itself after a restart). The page carries the build generation it was served
/// at, so a build that finished between the page's load and its connection still reloads it.
package enum LiveReload {
    /// The event stream's path; `.`-free names cannot collide with a page, since no page is under `__rolebook/`.
    package static let eventsPath = "/__rolebook/events"

    /// The script for a page served at build `generation`.
    package static func script(generation: Int) -> String {
        """
        <script data-rolebook-serve>
        // Added by rolebook serve (not in the built files): reload when the site is rebuilt.
        (() => {
          const events = new EventSource("\(eventsPath)?generation=\(generation)");
          events.addEventListener("reload", () => { events.close(); location.reload(); });
        })();
        </script>

        """
    }

    /// `html` with the script before its last `</body>`, or at its end when it has none.
    package static func inject(into html: [UInt8], generation: Int) -> [UInt8] {
        let script = Array(script(generation: generation).utf8)
        let closing = Array("</body".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if zip(html[index..<(index + closing.count)], closing).allSatisfy({ lowercased($0) == $1 }) {
                return Array(html[..<index]) + script + Array(html[index...])
            }
            index -= 1
        }
        return html + script
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
