//! `kith sync` beside other apps: a card another app wrote arrives with what kith does not model
//! and goes back whole; one kith cannot keep is said and left alone; the same card imported into
//! two notebooks stays one card.

mod common;

use common::radicale::{Notebook, PASSWORD, Radicale, USER};

fn count(nb: &Notebook) -> usize {
    let listed = nb.ok(&["list", "--json"]);
    serde_json::from_str::<serde_json::Value>(&listed)
        .unwrap()
        .as_array()
        .map_or(0, Vec::len)
}

/// Puts a card at `name` in the user's address book as another app would (Python's urllib).
fn put_as_another_app(server: &Radicale, book: &str, name: &str, card: &str) {
    let script = "import sys, urllib.request, base64\n\
        url, user, password, card = sys.argv[1:5]\n\
        req = urllib.request.Request(url, data=card.encode(), method='PUT')\n\
        req.add_header('Content-Type', 'text/vcard')\n\
        token = base64.b64encode(f'{user}:{password}'.encode()).decode()\n\
        req.add_header('Authorization', 'Basic ' + token)\n\
        print(urllib.request.urlopen(req).status)\n";
    let url = format!("{}{USER}/{book}/{name}", server.url());
    let out = std::process::Command::new("python3")
        .args(["-c", script, &url, USER, PASSWORD, card])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_card_another_app_wrote_arrives_and_one_kith_cannot_keep_is_left_alone() {
    let server = Radicale::start();
    let (a, b) = (Notebook::new(), Notebook::new());
    a.ok(&["add", "Ravi Rao"]);
    a.sync(&server);
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-42\r\nFN:Núria Puig\r\n\
        N:Puig;Núria;;;\r\nTEL;TYPE=CELL:+34 600 111 222\r\nX-PHONE-APP:kept\r\nEND:VCARD\r\n";
    put_as_another_app(&server, "kith", "phone%2042.vcf", card);
    // A grade kith does not take: said, and left on the server as it is.
    let odd = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:odd-1\r\nFN:Odd One\r\nN:One;Odd;;;\r\n\
        X-KITH-GRADE:99\r\nEND:VCARD\r\n";
    put_as_another_app(&server, "kith", "odd.vcf", odd);
    let url = server.url();
    let out = b.run(&["sync", "--url", &url, "--user", USER]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("odd.vcf on the server"), "{said}");
    let nuria = b.shown("Núria");
    assert_eq!(nuria["phones"][0]["value"], "+34 600 111 222");
    assert!(
        nuria["vcard_extra"].to_string().contains("X-PHONE-APP"),
        "{nuria}"
    );
    // Edited here, it goes back to the same card, keeping what the other app wrote.
    b.ok(&["edit", "Núria", "--title", "Architect"]);
    assert!(b.sync(&server).starts_with("Sent 1"));
    a.sync(&server);
    assert_eq!(a.shown("Núria")["title"], "Architect");
    assert_eq!(server.cards().len(), 3);
}

#[test]
fn the_same_card_imported_into_two_notebooks_is_one_contact() {
    let server = Radicale::start();
    let (a, b) = (Notebook::new(), Notebook::new());
    let file = a.db.with_file_name("team.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:team-7\r\nFN:Jordi Vila\r\nN:Vila;Jordi;;;\r\n\
         EMAIL:jordi@example.com\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    a.ok(&["import", path]);
    b.ok(&["import", path]);
    a.sync(&server);
    b.sync(&server);
    assert_eq!(count(&b), 1, "{}", b.ok(&["list"]));
    assert_eq!(server.cards().len(), 1);
    assert_eq!(b.ok(&["sync", "--conflicts"]), "No conflicts.\n");
}
