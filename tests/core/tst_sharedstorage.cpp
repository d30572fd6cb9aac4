// Network file systems and sync folders, where SQLite's locking is unreliable: told from a
// faked statfs result and mount type, and from the path, and the warning that says what to do.

#include "store/sharedstorage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

Q_DECLARE_METATYPE(SharedStorage::Kind)

class TestSharedStorage : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void checkUsesTheProbe();
};

void TestSharedStorage::classify_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("magic");
    QTest::addColumn<QString>("mountType");
    QTest::addColumn<SharedStorage::Kind>("kind");
    QTest::addColumn<QString>("name");

    using K = SharedStorage::Kind;
    const QString home = u"/home/ana/maps/journey.waymark"_s;
    QTest::newRow("ext4") << home << qint64(0xEF53) << u"ext4"_s << K::Local << QString();
    QTest::newRow("tmpfs") << home << qint64(0x01021994) << u"tmpfs"_s << K::Local << QString();
    QTest::newRow("nfs") << home << qint64(0x6969) << u"nfs4"_s << K::Network << u"NFS"_s;
    QTest::newRow("cifs") << home << qint64(0xFF534D42) << u"cifs"_s << K::Network << u"SMB/CIFS"_s;
    QTest::newRow("smb2") << home << qint64(0xFE534D42) << u"smb3"_s << K::Network << u"SMB/CIFS"_s;
    QTest::newRow("fuse.sshfs") << home << qint64(0x65735546) << u"fuse.sshfs"_s << K::Network << u"sshfs"_s;
    QTest::newRow("fuse.rclone") << home << qint64(0x65735546) << u"fuse.rclone"_s << K::Network << u"rclone"_s;
    // A local FUSE file system (an encrypted home) is not a network one.
    QTest::newRow("fuse.encfs") << home << qint64(0x65735546) << u"fuse.encfs"_s << K::Local << QString();
    QTest::newRow("nfs by mount type only") << home << qint64(0) << u"nfs"_s << K::Network << u"NFS"_s;
    QTest::newRow("Dropbox") << u"/home/ana/Dropbox/workshops/journey.waymark"_s << qint64(0xEF53) << u"ext4"_s
                             << K::SyncFolder << u"Dropbox"_s;
    QTest::newRow("Dropbox (Company)") << u"/home/ana/Dropbox (Contoso)/journey.waymark"_s << qint64(0xEF53) << u"ext4"_s
                                       << K::SyncFolder << u"Dropbox"_s;
    QTest::newRow("OneDrive") << u"/home/ana/OneDrive - Contoso/Maps/journey.waymark"_s << qint64(0xEF53) << u"ext4"_s
                              << K::SyncFolder << u"OneDrive"_s;
    QTest::newRow("Google Drive") << u"/home/ana/Google Drive/journey.waymark"_s << qint64(0xEF53) << u"ext4"_s
                                  << K::SyncFolder << u"Google Drive"_s;
    QTest::newRow("Nextcloud") << u"/home/ana/Nextcloud/journey.waymark"_s << qint64(0xEF53) << u"ext4"_s
                               << K::SyncFolder << u"Nextcloud"_s;
    QTest::newRow("merely contains drop") << u"/home/ana/dropouts/raindrop/drop/journey.waymark"_s << qint64(0xEF53)
                                          << u"ext4"_s << K::Local << QString();
    QTest::newRow("a map named Dropbox-something") << u"/home/ana/maps/dropboxes.waymark"_s << qint64(0xEF53) << u"ext4"_s
                                                   << K::Local << QString();
    // A sync folder on a network share: the sync client is the bigger risk, and named.
    QTest::newRow("Dropbox on NFS") << u"/net/ana/Dropbox/journey.waymark"_s << qint64(0x6969) << u"nfs"_s
                                    << K::SyncFolder << u"Dropbox"_s;
}

void TestSharedStorage::classify()
{
    QFETCH(QString, path);
    QFETCH(qint64, magic);
    QFETCH(QString, mountType);
    QFETCH(SharedStorage::Kind, kind);
    QFETCH(QString, name);

    const SharedStorage::Verdict verdict = SharedStorage::classify(path, {magic, mountType});
    QCOMPARE(verdict.kind, kind);
    QCOMPARE(verdict.name, name);
    const QString warning = SharedStorage::warning(path, verdict);
    QCOMPARE(warning.isEmpty(), kind == SharedStorage::Kind::Local);
    if (!warning.isEmpty()) {
        QVERIFY2(warning.contains(name), qPrintable(warning));
        QVERIFY2(warning.contains(u"one writer at a time"_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"team workspace"_s), qPrintable(warning));
    }
}

void TestSharedStorage::checkUsesTheProbe()
{
    QTemporaryDir dir;
    const QString map = dir.filePath(u"journey.waymark"_s);
    QString probed;
    SharedStorage::setProbe([&probed](const QString &folder) {
        probed = folder;
        return SharedStorage::FileSystem{0xFF534D42, u"cifs"_s};
    });
    const SharedStorage::Verdict verdict = SharedStorage::check(map);
    SharedStorage::setProbe({});
    QCOMPARE(verdict.kind, SharedStorage::Kind::Network);
    QCOMPARE(probed, QFileInfo(dir.path()).canonicalFilePath());
    // The real probe: the test's own folder is not on a network share of a CI machine.
    QCOMPARE(SharedStorage::check(map).kind, SharedStorage::Kind::Local);
}

QTEST_GUILESS_MAIN(TestSharedStorage)
#include "tst_sharedstorage.moc"
