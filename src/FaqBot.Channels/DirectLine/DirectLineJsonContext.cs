using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Channels.DirectLine;

/// <summary>Source-generated JSON for the Direct Line bodies that are not activities.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(TokenGenerateRequest))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
