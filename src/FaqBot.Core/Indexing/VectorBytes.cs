using System.Runtime.InteropServices;
using Lucene.Net.Util;

namespace FaqBot.Core.Indexing;

/// <summary>A passage vector as stored in the index: its floats, little-endian.</summary>
internal static class VectorBytes
{
    public static byte[] From(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    public static float[] To(BytesRef bytes) =>
        MemoryMarshal.Cast<byte, float>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)).ToArray();
}
