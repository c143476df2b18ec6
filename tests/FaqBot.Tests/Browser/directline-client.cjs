// Holds a conversation with FaqBot through Microsoft's botframework-directlinejs (the client inside Web Chat), in Node.
// Usage: node directline-client.cjs <FaqBot base URL>; NODE_PATH must point at src/FaqBot.Server/ClientApp/node_modules.
// Prints "OK <summary>" and exits 0 on success; prints the reason and exits 1 otherwise.
'use strict';
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const base = process.argv[2].replace(/\/?$/, '/');
const fail = (reason) => { console.log('FAIL ' + reason); process.exit(1); };
setTimeout(() => fail('timed out'), 30000).unref();

(async () => {
  const response = await fetch(base + 'v3/directline/tokens/generate', { method: 'POST' });
  if (!response.ok) fail('tokens/generate answered ' + response.status);
  const { token, conversationId } = await response.json();
  const directLine = new DirectLine({ token, domain: base + 'v3/directline', webSocket: true });
  const seen = [];
  let postedId = null;
  let online = false;

  directLine.connectionStatus$.subscribe((status) => {
    if (status === ConnectionStatus.Online && !online) {
      online = true;
      directLine.postActivity({
        type: 'message',
        from: { id: 'dl_ignored', name: '' },
        text: 'What are the side effects of ketamine?',
        channelData: { clientActivityID: 'node-client-1' },
      }).subscribe((id) => { postedId = id; check(); }, (error) => fail('post failed: ' + error));
    }
    if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken) fail('status ' + status);
  });

  directLine.activity$.subscribe((activity) => { seen.push(activity); check(); });

  function check() {
    const ids = seen.map((a) => a.id);
    if (new Set(ids).size !== ids.length) fail('duplicate activity ids');
    const welcome = seen.find((a) => a.from && a.from.role === 'bot' && a.suggestedActions);
    const echo = seen.find((a) => a.channelData && a.channelData.clientActivityID === 'node-client-1');
    const reply = echo && seen.find((a) => a.type === 'message' && a.replyToId === echo.id);
    if (!welcome || !echo || !reply || !postedId) return;
    if (echo.id !== postedId) fail('echo id ' + echo.id + ' differs from POST id ' + postedId);
    if (echo.conversation.id !== conversationId) fail('wrong conversation');
    if (!/^> /m.test(reply.text)) fail('reply has no quote');
    console.log('OK ' + JSON.stringify({ conversationId, activities: seen.length, watermarkedEcho: echo.id }));
    directLine.end();
    process.exit(0);
  }
})().catch((error) => fail(String(error)));
