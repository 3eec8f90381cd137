#include "export/atomic_file.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "tests/export/export_fixture.h"

namespace kg {
namespace {

using testing::list_dir;
using testing::read_file;
using testing::TempDir;

TEST_CASE("a committed file holds exactly what was written and no temp file remains") {
  TempDir dir;
  const std::string path = dir / "graph.json";
  auto file = AtomicFile::create(path);
  REQUIRE(file.ok());
  (*file)->stream() << "{\"directed\": true}\n";
  // Until commit the target does not exist: a reader never sees half a graph.
  CHECK_FALSE(std::filesystem::exists(path));
  REQUIRE(list_dir(dir.path()).size() == 1);
  CHECK(list_dir(dir.path())[0] == "graph.json.tmp." + std::to_string(::getpid()));

  Status s = (*file)->commit();
  REQUIRE(s.ok());
  CHECK(read_file(path) == "{\"directed\": true}\n");
  file.value().reset();  // the destructor of a committed file must not delete the target
  CHECK(list_dir(dir.path()) == std::vector<std::string>{"graph.json"});
}

TEST_CASE("a file never committed leaves neither target nor temp file") {
  TempDir dir;
  {
    auto file = AtomicFile::create(dir / "graph.gexf");
    REQUIRE(file.ok());
    (*file)->stream() << "<gexf>half a graph";
  }
  CHECK(list_dir(dir.path()).empty());
}

TEST_CASE("an uncommitted rewrite keeps the previous file intact") {
  TempDir dir;
  const std::string path = dir / "graph.graphml";
  std::ofstream(path) << "old complete graph\n";
  {
    auto file = AtomicFile::create(path);
    REQUIRE(file.ok());
    (*file)->stream() << "new but abandoned";
  }
  CHECK(read_file(path) == "old complete graph\n");
  CHECK(list_dir(dir.path()) == std::vector<std::string>{"graph.graphml"});
}

TEST_CASE("commit replaces a longer existing file whole") {
  TempDir dir;
  const std::string path = dir / "graph.json";
  std::ofstream(path) << std::string(10000, 'x');
  auto file = AtomicFile::create(path);
  REQUIRE(file.ok());
  (*file)->stream() << "short";
  REQUIRE((*file)->commit().ok());
  CHECK(read_file(path) == "short");
  CHECK(list_dir(dir.path()) == std::vector<std::string>{"graph.json"});
}

TEST_CASE("committing twice is reported, not silently ignored") {
  TempDir dir;
  auto file = AtomicFile::create(dir / "a.txt");
  REQUIRE(file.ok());
  REQUIRE((*file)->commit().ok());
  Status again = (*file)->commit();
  CHECK_FALSE(again.ok());
}

TEST_CASE("a path under a regular file fails with the path and the system's reason") {
  TempDir dir;
  const std::string blocker = dir / "not-a-dir";
  std::ofstream(blocker) << "plain file";
  const std::string path = blocker + "/graph.json";
  auto file = AtomicFile::create(path);  // fails even for root: ENOTDIR
  REQUIRE_FALSE(file.ok());
  CHECK(file.status().code() == Status::Code::kIoError);
  CHECK_THAT(file.status().message(), Catch::Contains(path));
  CHECK_THAT(file.status().message(), Catch::Contains("Not a directory"));
  CHECK(list_dir(dir.path()) == std::vector<std::string>{"not-a-dir"});
}

TEST_CASE("a read-only directory fails with Permission denied") {
  if (::geteuid() == 0) return;  // root writes anywhere; the regular-file case covers root
  TempDir dir;
  std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read |
                                               std::filesystem::perms::owner_exec);
  const std::string path = dir / "graph.json";
  auto file = AtomicFile::create(path);
  REQUIRE_FALSE(file.ok());
  CHECK_THAT(file.status().message(), Catch::Contains(path));
  CHECK_THAT(file.status().message(), Catch::Contains("Permission denied"));
}

}  // namespace
}  // namespace kg
