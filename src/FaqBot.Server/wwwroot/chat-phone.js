// Phone numbers in the bot's Markdown become tel: links, so a patient on a phone can call with one tap (Web Chat
// already links e-mail addresses and web addresses). Only the link is added: the text the patient reads is unchanged.
window.FaqBotPhoneLinks = (function () {
  'use strict';

  // Parts of Markdown that must stay as they are: existing links, autolinks, inline code, bare web addresses.
  var PROTECTED = /(\[[^\]]*\]\([^)]*\)|<[^>\s]+>|`[^`]*`|https?:\/\/\S+)/;

  // North American numbers as clinics write them: (732) 555-0100, 732-555-0100, 732.555.0100, +1 732 555 0100,
  // 1-800-273-8255. Not inside a longer run of digits or a word.
  var FULL = /(^|[^\w+\/.-])((?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4})(?![\w-])/g;

  // The three-digit crisis and emergency numbers, only where the text says to call, text or dial them ("call or
  // text **988**"), so "988 patients" stays plain text.
  var SHORT = /(\b(?:call|text|dial)(?:\s+or\s+(?:call|text))?\s+(?:\*\*)?)(911|988)(?!\d)/gi;

  function telHref(number) {
    var digits = number.replace(/\D/g, '');
    if (digits.length === 10) {
      return 'tel:+1' + digits;
    }
    return digits.length === 11 && digits[0] === '1' ? 'tel:+' + digits : 'tel:' + digits;
  }

  function linkPart(text) {
    return text
      .replace(FULL, function (match, before, number) {
        return before + '[' + number + '](' + telHref(number) + ')';
      })
      .replace(SHORT, function (match, before, number) {
        return before + '[' + number + '](tel:' + number + ')';
      });
  }

  function link(markdown) {
    if (typeof markdown !== 'string') {
      return markdown;
    }
    return markdown.split(PROTECTED).map(function (part, index) {
      return index % 2 === 1 ? part : linkPart(part);
    }).join('');
  }

  return { link: link };
})();
