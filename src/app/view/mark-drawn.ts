/**
 * Leaves `atlas:drawn` in the performance timeline once a view's map, list and counts are on
 * screen: called from the app's last effect (after the map's own effects), it waits for the next
 * frame and a task after it, so the mark falls after that frame was painted. `atlas:committed`
 * (DOM updated) and `atlas:frame` (when that frame's work began) let the benchmark tell the work a change
 * costs from the idle wait for the display's next frame. They cost one rAF per view change.
 */
export function markDrawn(detail: string): void {
  performance.mark('atlas:committed', { detail });
  requestAnimationFrame(function afterFrame() {
    // Now, not the callback's timestamp: Chromium stamps a frame with its begin time, which is
    // often before the change was even committed, so the wait for the frame would count as work.
    performance.mark('atlas:frame', { detail });
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark('atlas:drawn', { detail });
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}
