/**
 * Whether a response body can reach the page as it is written. MSW hands mocked bodies to its
 * service worker as transferable streams; where streams are not transferable (WebKit: Safari
 * and WebKitGTK, as of Safari 26) it waits for the whole body (mswjs/msw#1771), so a body that
 * stays open, such as the results stream, would never arrive. Node can transfer them.
 */
export function canStreamBodies(): boolean {
  try {
    const stream = new ReadableStream({ start: (controller) => controller.close() });
    const channel = new MessageChannel();
    channel.port1.postMessage(stream, [stream]);
    channel.port1.close();
    return true;
  } catch {
    return false;
  }
}
