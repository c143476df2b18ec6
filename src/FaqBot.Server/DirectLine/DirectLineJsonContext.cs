using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Server.DirectLine;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(TokenGenerateRequest))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
