// StringMap<V>: a hash map from std::string, searched by std::string_view without building a
// string. The word lists are asked about every token of every article, mostly for words they do
// not hold, so a miss must be cheap: a mask of the key lengths turns most misses away before any
// hashing, and an open-addressing table of hashes finds the rest in one probe or two, without the
// node chasing of a std or boost unordered map (a tenth of `kg build`'s time).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

template <class V>
class StringMap {
 public:
  const V* find(std::string_view key) const {
    if ((length_mask_ & length_bit(key.size())) == 0) return nullptr;
    const uint64_t hash = hash_of(key);
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.entry == 0) return nullptr;
      if (slot.hash == hash && entries_[slot.entry - 1].first == key) {
        return &entries_[slot.entry - 1].second;
      }
    }
  }
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  // Adds `key` unless it is there already (the first value wins); true if added.
  bool emplace(std::string key, V value) {
    if (find(key) != nullptr) return false;
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    entries_.emplace_back(std::move(key), std::move(value));
    place(hash_of(entries_.back().first), static_cast<uint32_t>(entries_.size()));
    length_mask_ |= length_bit(entries_.back().first.size());
    return true;
  }
  size_t size() const { return entries_.size(); }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // index into entries_ plus one; 0: empty
  };

  // FNV-1a: keys are short words and phrases, where it beats the block hashes.
  static uint64_t hash_of(std::string_view key) {
    uint64_t hash = 14695981039346656037ull;
    for (char c : key) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash;
  }
  static uint64_t length_bit(size_t length) { return uint64_t{1} << (length < 63 ? length : 63); }

  void place(uint64_t hash, uint32_t entry) {
    size_t i = hash & mask_;
    while (slots_[i].entry != 0) i = (i + 1) & mask_;
    slots_[i] = {hash, entry};
  }
  void grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (size_t e = 0; e < entries_.size(); ++e) {
      place(hash_of(entries_[e].first), static_cast<uint32_t>(e + 1));
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(1);  // a power of two, at most half full
  size_t mask_ = 0;
  std::vector<std::pair<std::string, V>> entries_;
  uint64_t length_mask_ = 0;  // bit n: a key of n bytes (63: 63 or more)
};

}  // namespace kg
