namespace FaqBot.Tests.Core.KnowledgeBase.Fixtures;

// A small uncompressed 24-bit BMP with a gradient: an image both PDFsharp and OpenXml can embed.
internal static class FixtureImages
{
    public static byte[] Bitmap(int width, int height)
    {
        var stride = (width * 3 + 3) & ~3;
        var bytes = new byte[54 + stride * height];
        "BM"u8.CopyTo(bytes);
        BitConverter.GetBytes(bytes.Length).CopyTo(bytes, 2);
        BitConverter.GetBytes(54).CopyTo(bytes, 10);
        BitConverter.GetBytes(40).CopyTo(bytes, 14);
        BitConverter.GetBytes(width).CopyTo(bytes, 18);
        BitConverter.GetBytes(height).CopyTo(bytes, 22);
        BitConverter.GetBytes((short)1).CopyTo(bytes, 26);
        BitConverter.GetBytes((short)24).CopyTo(bytes, 28);
        BitConverter.GetBytes(stride * height).CopyTo(bytes, 34);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var offset = 54 + y * stride + x * 3;
                (bytes[offset], bytes[offset + 1], bytes[offset + 2]) = ((byte)(x * 4), (byte)(y * 4), 128);
            }
        }

        return bytes;
    }
}
