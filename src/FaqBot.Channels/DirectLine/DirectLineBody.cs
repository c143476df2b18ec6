namespace FaqBot.Channels.DirectLine;

/// <summary>A request body as the host has it: the stream, and its declared length when there is one.</summary>
/// <param name="Content">The body, read at most once and only as far as the limit.</param>
/// <param name="Length">The declared length (Content-Length), or null.</param>
public sealed record DirectLineBody(Stream Content, long? Length)
{
    /// <summary>An empty body.</summary>
    public static DirectLineBody Empty { get; } = new(Stream.Null, 0);

    /// <summary>A body of these bytes, with its length declared.</summary>
    public static DirectLineBody Of(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new DirectLineBody(new MemoryStream(bytes, writable: false), bytes.Length);
    }

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/>: the bytes, or a 413 error; a larger body is refused without being read
    /// to the end.
    /// </summary>
    public async Task<(byte[] Bytes, DirectLineResult? Error)> ReadAsync(int maxBytes, CancellationToken cancellationToken)
    {
        if (Length > maxBytes)
        {
            return ([], DirectLineErrors.TooLarge($"The request body is larger than {maxBytes} bytes."));
        }

        var buffer = new byte[Math.Min(maxBytes + 1, (int?)Length + 1 ?? maxBytes + 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return ([], DirectLineErrors.TooLarge($"The request body is larger than {maxBytes} bytes."));
                }

                Array.Resize(ref buffer, Math.Min(maxBytes + 1, buffer.Length * 2));
            }

            var read = await Content.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return (buffer.AsSpan(0, total).ToArray(), null);
    }
}
