/**
 * The words the detector reads, in English and Japanese: kept as data here (and tested in
 * __tests__/words.test.ts) so that what a page must say for a field to count is in one place.
 * Everything is matched against lowercase text.
 */

/** What a 2FA field, or the step around it, says it is ("otc" only as a word). */
export const TWO_FA =
  /otp|[2mt]fa|(two|2|multi).?(factor|step)|one.?time|authenticat|(verif\w*|auth).?code|passcode|\botc\b|token|6.?digit|[2二]段階|(認証|確認)コード|ワンタイム|トークン|6桁|認証アプリ/;

/** Fields a TOTP never goes into, whatever else they say. */
export const NEVER =
  /recover|back.?up|card|cv[vc]|csc|credit|promo|coupon|gift|voucher|referr|invit|postal|zip|user.?name|search|captcha|\bpin\b|qty|quantit|リカバリ|バックアップ|予備|カード|クーポン|ギフト|招待|紹介|郵便|数量/;

/**
 * A code that was sent: by SMS, text message, e-mail, a phone call or a push ("we sent you a
 * text message", "just sent via email", "SMSで送信", "確認コードを送信しました"). A TOTP is
 * never sent: such a field is not one, however its input looks. A bare "e-mail" or "phone"
 * is not enough: a sign-in form has its e-mail field beside the 2FA code.
 */
export const SENT =
  /sms|text.?mess|\bsent\b|receiv|\bcall|\bpush|(by|via|your|in) e.?mail|(mail|phone).?(code|otp)|携帯|(メール|電話)(で|に|宛|の?[認確])|送信|送り|届/;

/**
 * The code's source named as an app that makes codes: an authenticator app, a 2FA app,
 * Google Authenticator (Google 認証システム), a token generator, 認証アプリ, 二段階認証アプリ.
 * Where the page says so, the field takes a TOTP; nearer words win over farther ones.
 */
export const APP = /authenticator|\bapps?\b|generat|アプリ|認証システム/;
