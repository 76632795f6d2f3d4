// The comment-card pages: plain HTML, no script, a few hundred bytes of CSS, so they load on a poor
// connection and a ward tablet alike. Large targets, labelled fields, plain words.

export interface FormState {
  unitCode: string;
  unitName: string;
  token: string;
  message?: string;
  location?: string;
  error?: string;
}

const STYLE = `body{font:1.15rem/1.5 system-ui,sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#fff}
main{max-width:36rem;margin:auto}h1{font-size:1.6rem;line-height:1.25}label{display:block;font-weight:600;margin-top:1.2rem}
.hint{display:block;font-weight:400;color:#444}textarea,input[type=text]{width:100%;box-sizing:border-box;font:inherit;padding:.6rem;border:2px solid #555;border-radius:6px}
textarea{min-height:9rem}button,.button{display:inline-block;margin-top:1.4rem;min-height:3rem;padding:.6rem 1.6rem;font:inherit;font-weight:700;color:#fff;background:#0b5cad;border:0;border-radius:6px;text-decoration:none}
:focus-visible{outline:3px solid #f5a623;outline-offset:2px}.urgent{border-left:6px solid #b00020;padding:.4rem .8rem;background:#fdf0f2}
.error{border-left:6px solid #b00020;padding:.4rem .8rem;color:#7a0016;background:#fdf0f2}.thanks{border-left:6px solid #1b7f3b;padding:.4rem .8rem;background:#eef8f1}`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

const URGENT = `<p class="urgent"><strong>If someone needs help right now</strong>, press the call bell or speak to a member of staff. This form is read by the team, but not always straight away.</p>`;

export function formPage(state: FormState): string {
  const error = state.error
    ? `<p class="error" role="alert" id="form-error"><strong>There is a problem:</strong> ${escapeHtml(state.error)}</p>`
    : '';
  const action = `/feedback/${encodeURIComponent(state.unitCode)}`;
  return page(
    `Tell us — ${state.unitName}`,
    `<h1>Tell the team on ${escapeHtml(state.unitName)}</h1>
<p>Tell us what you need, or what went wrong. You do not need to give your name.</p>${URGENT}${error}
<form method="post" action="${action}">
<input type="hidden" name="token" value="${escapeHtml(state.token)}">
<label for="message">What do you need, or what happened?<span class="hint">Write as much or as little as you like.</span></label>
<textarea id="message" name="message" required maxlength="2000"${state.error ? ' aria-describedby="form-error" aria-invalid="true"' : ''}>${escapeHtml(state.message ?? '')}</textarea>
<label for="location">Where are you? (optional)<span class="hint">For example: bed 12, bay 3, or the waiting room.</span></label>
<input type="text" id="location" name="location" maxlength="100" autocomplete="off" value="${escapeHtml(state.location ?? '')}">
<button type="submit">Send to the team</button>
</form>`,
  );
}

export function thanksPage(unitCode: string, unitName: string): string {
  return page(
    `Thank you — ${unitName}`,
    `<h1>Thank you</h1><p class="thanks" role="status">Your message has been sent to the team on ${escapeHtml(unitName)}.</p>${URGENT}
<p><a class="button" href="/feedback/${encodeURIComponent(unitCode)}">Write another message</a></p>`,
  );
}

export function problemPage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${URGENT}`);
}
