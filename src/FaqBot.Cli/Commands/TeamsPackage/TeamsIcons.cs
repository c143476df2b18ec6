namespace FaqBot.Cli.Commands.TeamsPackage;

/// <summary>Draws the two app icons in code: a speech bubble with a question mark's dot, in the accent colour.</summary>
internal static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>192×192, full colour: accent background, white speech bubble, accent dots inside.</summary>
    public static byte[] Color(string accentColor)
    {
        var (r, g, b) = ParseColor(accentColor);
        var pixels = new byte[ColorSize * ColorSize * 4];
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var white = InBubble(x, y, ColorSize) && !InDots(x, y, ColorSize);
                Set(pixels, ColorSize, x, y, white ? (byte)255 : r, white ? (byte)255 : g, white ? (byte)255 : b, 255);
            }
        }

        return PngEncoder.Encode(ColorSize, ColorSize, pixels);
    }

    /// <summary>32×32: the bubble's outline in white on a transparent background (Teams requires exactly that).</summary>
    public static byte[] Outline()
    {
        var pixels = new byte[OutlineSize * OutlineSize * 4];
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                var inside = InBubble(x, y, OutlineSize);
                var edge = inside && (!InBubble(x - 2, y, OutlineSize) || !InBubble(x + 2, y, OutlineSize)
                    || !InBubble(x, y - 2, OutlineSize) || !InBubble(x, y + 2, OutlineSize));
                var on = edge || InDots(x, y, OutlineSize);
                Set(pixels, OutlineSize, x, y, 255, 255, 255, on ? (byte)255 : (byte)0);
            }
        }

        return PngEncoder.Encode(OutlineSize, OutlineSize, pixels);
    }

    // A rounded bubble (ellipse) in the upper part plus a small tail at the lower left.
    private static bool InBubble(int x, int y, int size)
    {
        double s = size;
        double cx = s * 0.5, cy = s * 0.45, rx = s * 0.38, ry = s * 0.30;
        var dx = (x + 0.5 - cx) / rx;
        var dy = (y + 0.5 - cy) / ry;
        if (dx * dx + dy * dy <= 1.0)
        {
            return true;
        }

        // Tail: a triangle below the ellipse's left half.
        double top = cy + ry * 0.6, bottom = s * 0.88, left = s * 0.25, right = s * 0.45;
        double py = y + 0.5, px = x + 0.5;
        if (py < top || py > bottom)
        {
            return false;
        }

        var t = (py - top) / (bottom - top);
        return px >= left && px <= right - ((right - left) * t);
    }

    // Three dots across the bubble's middle ("typing" dots).
    private static bool InDots(int x, int y, int size)
    {
        double s = size, cy = s * 0.45, radius = s * 0.055;
        foreach (var cx in new[] { s * 0.33, s * 0.5, s * 0.67 })
        {
            var dx = x + 0.5 - cx;
            var dy = y + 0.5 - cy;
            if (dx * dx + dy * dy <= radius * radius)
            {
                return true;
            }
        }

        return false;
    }

    private static void Set(byte[] pixels, int size, int x, int y, byte r, byte g, byte b, byte a)
    {
        var i = ((y * size) + x) * 4;
        pixels[i] = r;
        pixels[i + 1] = g;
        pixels[i + 2] = b;
        pixels[i + 3] = a;
    }

    private static (byte R, byte G, byte B) ParseColor(string hex) =>
        (Convert.ToByte(hex.Substring(1, 2), 16), Convert.ToByte(hex.Substring(3, 2), 16), Convert.ToByte(hex.Substring(5, 2), 16));
}
