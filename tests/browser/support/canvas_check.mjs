// Is a screenshot more than one flat colour? A WebGL canvas cannot be read back reliably
// without preserveDrawingBuffer, so the PNG the browser composited is decoded instead, in a
// blank page of its own (data: URL, no network), and its distinct colours are counted.
export async function countColours(browser, png) {
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
      return new Set(pixels).size;
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await page.close();
  }
}
