// Is a screenshot more than one flat colour? A WebGL canvas cannot be read back reliably
// without preserveDrawingBuffer, so the PNG the browser composited is decoded instead, in a
// blank page of its own (data: URL, no network), and its distinct colours are counted.
export async function countColours(browser, png) {
  return (await describePng(browser, png)).colours;
}

// A PNG decoded in a blank page: its size, its distinct colours, and how many pixels differ
// from its commonest colour (the background of a panel).
export async function describePng(browser, png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const pixels = new Uint32Array(data.buffer);
      const counts = new Map();
      for (const p of pixels) counts.set(p, (counts.get(p) ?? 0) + 1);
      const background = Math.max(...counts.values());
      return {
        width: image.width,
        height: image.height,
        pixels: pixels.length,
        foreground: pixels.length - background,
        colours: counts.size,
      };
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await page.close();
  }
}
