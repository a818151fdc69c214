//! Reading a file's bytes into cards: decoding (charsets, quoted-printable, base64) and
//! cutting into cards, tested together as a file goes through them.

use super::decode::decode_file;
use super::lines::{Damage, RawCard, split_cards};

fn cards(text: &str) -> Vec<Result<RawCard, Damage>> {
    split_cards(&decode_file(text.as_bytes()).0)
}

#[test]
fn vcard_21_quoted_printable_with_soft_breaks_and_charset() {
    let got = cards(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2;J=C3=B6=\r\nrg\r\nNOTE;QUOTED-PRINTABLE:Line one=0D=0A=\r\nLine two\r\nFN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:N=FAria\r\nTEL;CELL;PREF:+34 600\r\nEND:VCARD\r\n",
    );
    let card = got[0].as_ref().unwrap();
    assert_eq!(card.version, "2.1");
    let p = &card.properties;
    assert_eq!(p[0].value, "Ив;Jörg");
    assert!(p[0].params.is_empty(), "{:?}", p[0].params);
    assert_eq!(p[1].text(), "Line one\nLine two");
    assert_eq!(p[2].value, "Núria");
    assert_eq!(
        p[3].params,
        [(
            "TYPE".to_string(),
            vec!["CELL".to_string(), "PREF".to_string()]
        )]
    );
    assert_eq!(p[3].line, 8);
}

#[test]
fn base64_becomes_a_data_uri_and_utf16_and_latin1_files_are_read() {
    let got = cards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:K\r\nKEY;ENCODING=b:AA==\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/\r\n 4AAQ\r\nEND:VCARD\r\n",
    );
    let p = &got[0].as_ref().unwrap().properties;
    assert_eq!(
        p[1].to_string(),
        "KEY:data:application/octet-stream;base64,AA=="
    );
    assert_eq!(p[2].to_string(), "PHOTO:data:image/jpeg;base64,/9j/4AAQ");
    let utf16: Vec<u8> = "\u{feff}BEGIN:VCARD\r\nFN:Núria\r\nEND:VCARD\r\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert!(decode_file(&utf16).0.contains("FN:Núria"));
    let (text, notes) =
        decode_file(b"BEGIN:VCARD\r\nFN;CHARSET=ISO-8859-1:N\xfaria\r\nEND:VCARD\r\n");
    assert!(
        text.contains("N\u{fa}ria") && notes[0].to_string().starts_with("line 2"),
        "{notes:?}"
    );
}

#[test]
fn bom_lf_lowercase_and_folding() {
    let got = cards("\u{feff}begin:vcard\nversion:3.0\nfn:Ana\n  Puig\nnote:a\n\tb\nend:vcard\n");
    let card = got[0].as_ref().unwrap();
    assert_eq!(card.properties[0].name, "FN");
    assert_eq!(card.properties[0].value, "Ana Puig");
    assert_eq!(card.properties[1].value, "ab");
    assert_eq!(card.properties[1].line, 5);
}

#[test]
fn damage_names_the_line_and_reading_goes_on() {
    let got = cards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Two\r\nno colon here\r\nEMAIL:x@y\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Three\r\nEND:VCARD\r\nstray\r\n",
    );
    assert_eq!(got.len(), 4);
    assert!(got[0].is_ok() && got[2].is_ok());
    let damage = got[1].as_ref().unwrap_err();
    assert_eq!(damage.line, 7);
    assert!(damage.reason.contains("no ':'"), "{damage}");
    assert_eq!(got[3].as_ref().unwrap_err().line, 13);
}
